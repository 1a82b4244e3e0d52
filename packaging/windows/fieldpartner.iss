; Inno Setup 6 recipe: a per-user installer of the one-folder build (dist\fieldpartner),
; needing no administrator rights. Built by packaging\windows\build.ps1:
;   iscc /DVersion=0.1.0 /DSourceDir=..\..\dist\fieldpartner packaging\windows\fieldpartner.iss
; Installs into %LOCALAPPDATA%\Programs\FieldPartner, adds a Start menu entry for this user
; only, and an uninstaller listed under the user's installed apps. No service, no driver, no
; registry key outside HKCU; nothing of the user's data is in the installation folder, so
; uninstalling never touches vaults.

#ifndef Version
  #define Version "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\fieldpartner"
#endif

[Setup]
AppId={{6B0F3C52-5D7E-4E0B-9A51-0F1E2D7C9A11}
AppName=FieldPartner
AppVersion={#Version}
AppPublisher=FieldPartner
DefaultDirName={autopf}\FieldPartner
DefaultGroupName=FieldPartner
DisableProgramGroupPage=yes
; Per user: {autopf} becomes %LOCALAPPDATA%\Programs; no elevation is asked for.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=FieldPartner-{#Version}-setup
SetupIconFile=..\..\build\icons\fieldpartner.ico
UninstallDisplayIcon={app}\fieldpartner.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The installer itself is signed by build.ps1 after iscc (signtool), like the executables.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\FieldPartner"; Filename: "{app}\fieldpartner.exe"
Name: "{autodesktop}\FieldPartner"; Filename: "{app}\fieldpartner.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\fieldpartner.exe"; Description: "{cm:LaunchProgram,FieldPartner}"; Flags: nowait postinstall skipifsilent
