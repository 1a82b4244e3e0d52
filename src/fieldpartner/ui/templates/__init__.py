"""Assessment templates in the application: importing, checking and previewing them."""
