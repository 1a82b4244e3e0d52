<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldPartner</source>
        <translation>حول FieldPartner</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FieldPartner&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;FieldPartner&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Encrypted, offline-first assessment of partner organisations for human-rights organisations.</source>
        <translation>تقييم مشفّر للمنظمات الشريكة يعمل أولًا دون اتصال، لمنظمات حقوق الإنسان.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries and their licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;المكتبات وتراخيصها&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>عنوان الإجراء</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>(no particular partner)</source>
        <translation>(لا شريك محدد)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>الشريك:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>له تاريخ استحقاق</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>الاستحقاق:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Save the action</source>
        <translation>حفظ الإجراء</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (متأخر)</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>إضافة شريك</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>الاسم المختصر:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>إضافة الشريك</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Unlocking the demo vault…</source>
        <translation>جارٍ فتح قفل الخزنة التجريبية…</translation>
    </message>
    <message>
        <source>Creating the demo vault with fictional partners…</source>
        <translation>جارٍ إنشاء الخزنة التجريبية بشركاء وهميين…</translation>
    </message>
    <message>
        <source>FieldPartner</source>
        <translation>FieldPartner</translation>
    </message>
    <message>
        <source>The demo vault could not be opened: {reason}</source>
        <translation>تعذّر فتح الخزنة التجريبية: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Completeness</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose the answer · 0 not applicable · ↑ ↓ previous/next question · Del clear</source>
        <translation>لوحة المفاتيح: 1–9 لاختيار الإجابة · 0 لا ينطبق · ↑ ↓ السؤال السابق/التالي · Del للمسح</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>{answered} of {required} required questions answered</source>
        <translation>أُجيب عن {answered} من {required} من الأسئلة المطلوبة</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>إرفاق ملفات كأدلة</translation>
    </message>
    <message>
        <source>Attaching files…</source>
        <translation>جارٍ إرفاق الملفات…</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Show assessments with status</source>
        <translation>عرض التقييمات ذات الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Show assessments of kind</source>
        <translation>عرض التقييمات من الصنف</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأصناف</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>الصنف:</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>تقييم جديد…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>لا تقييمات</numerusform>
            <numerusform>تقييم واحد</numerusform>
            <numerusform>تقييمان</numerusform>
            <numerusform>%n تقييمات</numerusform>
            <numerusform>%n تقييمًا</numerusform>
            <numerusform>%n تقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment created</source>
        <translation>تم إنشاء التقييم</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التصنيف</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>All assessments</source>
        <translation>كل التقييمات</translation>
    </message>
    <message>
        <source>Back to all assessments</source>
        <translation>العودة إلى كل التقييمات</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last answer change</source>
        <translation>التراجع عن آخر تغيير في الإجابات</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Redo the answer change</source>
        <translation>إعادة تغيير الإجابة</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>إتمام</translation>
    </message>
    <message>
        <source>Finalise: compute the results and lock the answers</source>
        <translation>إتمام: حساب النتائج وقفل الإجابات</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>Reopen as a new draft</source>
        <translation>إعادة الفتح كمسودة جديدة</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>تقرير…</translation>
    </message>
    <message>
        <source>Preview, print or save a report</source>
        <translation>معاينة تقرير أو طباعته أو حفظه</translation>
    </message>
    <message>
        <source>Answers and results</source>
        <translation>الإجابات والنتائج</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Tier: {tier}</source>
        <translation>المستوى: {tier}</translation>
    </message>
    <message>
        <source>Assessors: {names}</source>
        <translation>المقيّمون: {names}</translation>
    </message>
    <message>
        <source>Assessment finalised; its answers are locked</source>
        <translation>أُتمّ التقييم، وقُفلت إجاباته</translation>
    </message>
    <message>
        <source>Assessment reopened as a draft</source>
        <translation>أُعيد فتح التقييم كمسودة</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Assessments of this partner</source>
        <translation>تقييمات هذا الشريك</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Double-click an assessment to open it</source>
        <translation>انقر نقرًا مزدوجًا على تقييم لفتحه</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Image preview</source>
        <translation>معاينة الصورة</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>معاينة PDF</translation>
    </message>
    <message>
        <source>This image cannot be shown (damaged or unknown format).</source>
        <translation>لا يمكن عرض هذه الصورة (تالفة أو بتنسيق غير معروف).</translation>
    </message>
    <message>
        <source>PDF preview is not available in this installation.</source>
        <translation>معاينة ملفات PDF غير متاحة في هذا التثبيت.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (damaged or protected).</source>
        <translation>لا يمكن عرض ملف PDF هذا (تالف أو محمي).</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Save a copy…” to open it.</source>
        <translation>لا تتوفر معاينة لهذا النوع من الملفات. استخدم «حفظ نسخة…» لفتحه.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>اختر ملفًا لمعاينته.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Files of this partner</source>
        <translation>ملفات هذا الشريك</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Drop files here to add them to the vault</source>
        <translation>أفلت الملفات هنا لإضافتها إلى الخزنة</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Save a copy outside the vault</source>
        <translation>حفظ نسخة خارج الخزنة</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>حذف الملف</translation>
    </message>
    <message>
        <source>Added {file}</source>
        <translation>أُضيف {file}</translation>
    </message>
    <message>
        <source>Add files to the vault</source>
        <translation>إضافة ملفات إلى الخزنة</translation>
    </message>
    <message>
        <source>Adding files to the vault…</source>
        <translation>جارٍ إضافة الملفات إلى الخزنة…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation>
            <numerusform>لم يُضف أي ملف</numerusform>
            <numerusform>أُضيف ملف واحد</numerusform>
            <numerusform>أُضيف ملفان</numerusform>
            <numerusform>أُضيفت %n ملفات</numerusform>
            <numerusform>أُضيف %n ملفًا</numerusform>
            <numerusform>أُضيف %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not added: {reason}</source>
        <translation>لم يُضف الملف: {reason}</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to this computer or to where you save it can read it. Save it only where it is safe, and delete it when you no longer need it.</source>
        <translation>لن تكون النسخة مشفّرة: يستطيع قراءتها كل من يصل إلى هذا الحاسوب أو إلى المكان الذي تحفظها فيه. احفظها في مكان آمن فقط، واحذفها حين لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Copy saved outside the vault</source>
        <translation>حُفظت النسخة خارج الخزنة</translation>
    </message>
    <message>
        <source>Delete this file from the partner? Earlier revisions keep a record of it.</source>
        <translation>هل تريد حذف هذا الملف من الشريك؟ تحتفظ المراجعات السابقة بسجل له.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}: {file}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Please try again.</source>
        <translation>حدث خطأ ما ({kind}). يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>يُرجى الانتظار</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>قنوات الاتصال</translation>
    </message>
    <message>
        <source>One per line, e.g. email: name@example.org — kinds: {kinds}</source>
        <translation>واحدة في كل سطر، مثل email: name@example.org — الأنواع: {kinds}</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>قنوات الاتصال:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>حفظ جهة الاتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>قنوات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>إضافة جهة اتصال…</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>حذف جهة الاتصال</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>الخزنة مقفلة</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>حُفظت جهة الاتصال</translation>
    </message>
    <message>
        <source>Delete this contact? Its history stays in the vault.</source>
        <translation>هل تريد حذف جهة الاتصال هذه؟ يبقى سجلها في الخزنة.</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Never held</source>
        <translation>لم يُعقد قط</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s) overdue)</source>
        <translation>
            <numerusform>{date} (متأخر %n يوم)</numerusform>
            <numerusform>{date} (متأخر يومًا واحدًا)</numerusform>
            <numerusform>{date} (متأخر يومين)</numerusform>
            <numerusform>{date} (متأخر %n أيام)</numerusform>
            <numerusform>{date} (متأخر %n يومًا)</numerusform>
            <numerusform>{date} (متأخر %n يوم)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this partner</source>
        <translation>سجل هذا الشريك</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>هذا الجهاز</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Question {number}: {text}</source>
        <translation>السؤال {number}: {text}</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Does not count towards completeness</source>
        <translation>لا يُحتسب في الاكتمال</translation>
    </message>
    <message>
        <source>Key question</source>
        <translation>سؤال رئيسي</translation>
    </message>
    <message>
        <source>A key question counts more and can decide the rating</source>
        <translation>للسؤال الرئيسي وزن أكبر وقد يحسم التصنيف</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Answer (a number)</source>
        <translation>الإجابة (رقم)</translation>
    </message>
    <message>
        <source>Answer (a date)</source>
        <translation>الإجابة (تاريخ)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Answer by attaching the files below.</source>
        <translation>أجب بإرفاق الملفات أدناه.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Evidence needed: a note</source>
        <translation>الدليل المطلوب: ملاحظة</translation>
    </message>
    <message>
        <source>Evidence needed: an attached file</source>
        <translation>الدليل المطلوب: ملف مرفق</translation>
    </message>
    <message>
        <source>Evidence needed: a note or an attached file</source>
        <translation>الدليل المطلوب: ملاحظة أو ملف مرفق</translation>
    </message>
    <message>
        <source>Evidence is still missing for this answer.</source>
        <translation>لا يزال الدليل ناقصًا لهذه الإجابة.</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>ملاحظة الدليل</translation>
    </message>
    <message>
        <source>Evidence note: what you saw, who said it</source>
        <translation>ملاحظة الدليل: ما رأيته، ومن قاله</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Attach a file as evidence</source>
        <translation>إرفاق ملف كدليل</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>إزالة الملف المحدد</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} — FieldPartner</source>
        <translation>{name} — FieldPartner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the vault and close this window</source>
        <translation>قفل الخزنة وإغلاق هذه النافذة</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>المسح الطارئ…</translation>
    </message>
    <message>
        <source>Destroy this vault on this computer</source>
        <translation>إتلاف هذه الخزنة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>المنظمة…</translation>
    </message>
    <message>
        <source>The organisation name and logo printed on reports</source>
        <translation>اسم المنظمة وشعارها المطبوعان في التقارير</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;About FieldPartner</source>
        <translation>حول FieldPartner</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>The vault locks itself after this time without use (see Settings)</source>
        <translation>تُقفل الخزنة تلقائيًا بعد مرور هذه المدة دون استخدام (انظر الإعدادات)</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>الخزنة: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي شريك</numerusform>
            <numerusform>عُثر على شريك واحد</numerusform>
            <numerusform>عُثر على شريكين</numerusform>
            <numerusform>عُثر على %n شركاء</numerusform>
            <numerusform>عُثر على %n شريكًا</numerusform>
            <numerusform>عُثر على %n شريك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>لا شركاء</numerusform>
            <numerusform>شريك واحد</numerusform>
            <numerusform>شريكان</numerusform>
            <numerusform>%n شركاء</numerusform>
            <numerusform>%n شريكًا</numerusform>
            <numerusform>%n شريك</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks in {time}</source>
        <translation>القفل بعد {time}</translation>
    </message>
    <message>
        <source>FieldPartner</source>
        <translation>FieldPartner</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>تعليم كمنجز</translation>
    </message>
    <message>
        <source>Mark the action done</source>
        <translation>تعليم الإجراء كمنجز</translation>
    </message>
    <message>
        <source>Mark “{title}” done.</source>
        <translation>تعليم «{title}» كمنجز.</translation>
    </message>
    <message>
        <source>&amp;Note (what was done, what remains):</source>
        <translation>ملاحظة (ما أُنجز وما تبقّى):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Type to search partners</source>
        <translation>اكتب للبحث عن الشركاء</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>الشريك:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>المشروع:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>Due-diligence tier</source>
        <translation>مستوى العناية الواجبة</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>مَن يجيب</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>يجيب عنه:</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>المقيّمون</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>الأسماء، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>المقيّمون:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Create the assessment</source>
        <translation>إنشاء التقييم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>بلا مشروع</translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation>اختر شريكًا من القائمة.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>اختر نموذجًا.</translation>
    </message>
    <message>
        <source>Choose the due-diligence tier.</source>
        <translation>اختر مستوى العناية الواجبة.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>ورشة عمل جديدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>تبدأ في:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>تنتهي في:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرون</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>الأسماء مفصولة بفواصل</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>الميسّرون:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Create the workshop</source>
        <translation>إنشاء ورشة العمل</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>لا يمكن أن تنتهي ورشة العمل قبل أن تبدأ.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>The name and logo printed at the top of every report from this vault.</source>
        <translation>الاسم والشعار المطبوعان في أعلى كل تقرير صادر من هذه الخزنة.</translation>
    </message>
    <message>
        <source>About the organisation settings</source>
        <translation>حول إعدادات المنظمة</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>Leave empty to use the vault&apos;s name.</source>
        <translation>اتركه فارغًا لاستخدام اسم الخزنة.</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>معاينة الشعار</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>اختيار صورة للشعار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>Organisation status</source>
        <translation>حالة المنظمة</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB.</source>
        <translation>PNG أو JPEG، بحد أقصى 2 ميغابايت.</translation>
    </message>
    <message>
        <source>Logo requirements</source>
        <translation>متطلبات الشعار</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>حفظ أو إلغاء</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>حفظ المنظمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The saved logo is damaged; choose it again: {reason}</source>
        <translation>الشعار المحفوظ تالف؛ اختره مرة أخرى: {reason}</translation>
    </message>
    <message>
        <source>The logo reports show</source>
        <translation>الشعار الذي يظهر في التقارير</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>تعذّرت قراءة {file}: {reason}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>{file} cannot be the logo: it {reason}</source>
        <translation>لا يمكن استخدام {file} شعارًا: الملف {reason}</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>هذا الملف</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>PartnerListPage</name>
    <message>
        <source>Search partners</source>
        <translation>البحث في الشركاء</translation>
    </message>
    <message>
        <source>Search by name, acronym, region, country or tag</source>
        <translation>البحث بالاسم أو الاسم المختصر أو المنطقة أو البلد أو الوسم</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>إضافة شريك…</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>إضافة شريك</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>التصفية حسب المرحلة</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>أي مرحلة</translation>
    </message>
    <message>
        <source>Filter by partnership category</source>
        <translation>التصفية حسب فئة الشراكة</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>التصفية حسب البلد</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>أي بلد</translation>
    </message>
    <message>
        <source>Filter by last risk rating</source>
        <translation>التصفية حسب آخر تصنيف للمخاطر</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>أي تصنيف</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>غير مصنَّف</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>إجراءات متأخرة</translation>
    </message>
    <message>
        <source>Only partners with overdue actions</source>
        <translation>الشركاء الذين لديهم إجراءات متأخرة فقط</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>All partners</source>
        <translation>كل الشركاء</translation>
    </message>
    <message>
        <source>Back to the list of partners</source>
        <translation>العودة إلى قائمة الشركاء</translation>
    </message>
    <message>
        <source>Dossier report…</source>
        <translation>تقرير ملف الشريك…</translation>
    </message>
    <message>
        <source>Preview, print or save the partner dossier</source>
        <translation>معاينة ملف الشريك أو طباعته أو حفظه</translation>
    </message>
    <message>
        <source>Partner sections</source>
        <translation>أقسام الشريك</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف التعريفي</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>خطة التطوير</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>ورش العمل</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>لم يعد هذا الشريك موجودًا.</translation>
    </message>
</context>
<context>
    <name>PartnerPickerDialog</name>
    <message>
        <source>Add participating partners</source>
        <translation>إضافة شركاء مشاركين</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>البحث في الشركاء</translation>
    </message>
    <message>
        <source>Search by name, acronym, country or tag</source>
        <translation>البحث بالاسم أو الاسم المختصر أو البلد أو الوسم</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the selected partners</source>
        <translation>إضافة الشركاء المحددين</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Last rating</source>
        <translation>آخر تصنيف</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>المنظمة:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the participant</source>
        <translation>إضافة المشارك</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Search actions</source>
        <translation>البحث في الإجراءات</translation>
    </message>
    <message>
        <source>Search action titles</source>
        <translation>البحث في عناوين الإجراءات</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>التصفية حسب الشريك</translation>
    </message>
    <message>
        <source>Partner name or acronym</source>
        <translation>اسم الشريك أو اسمه المختصر</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ما زالت مفتوحة</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>التصفية حسب المسؤول</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>أي مسؤول</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>التصفية حسب المصدر</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>أي مصدر</translation>
    </message>
    <message>
        <source>Actions across partners</source>
        <translation>الإجراءات لدى جميع الشركاء</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>تعليم كمنجز…</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>تعليم الإجراء المحدد كمنجز</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>تعديل الإجراء المحدد</translation>
    </message>
    <message>
        <source>Open &amp;partner</source>
        <translation>فتح الشريك</translation>
    </message>
    <message>
        <source>Open the selected action&apos;s partner</source>
        <translation>فتح شريك الإجراء المحدد</translation>
    </message>
    <message>
        <source>Plan &amp; follow-ups</source>
        <translation>الخطة والمتابعة</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>لا إجراءات</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>%n إجراءات</numerusform>
            <numerusform>%n إجراءً</numerusform>
            <numerusform>%n إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>لم يُحفظ الإجراء</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Development plan actions</source>
        <translation>إجراءات خطة التطوير</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>{status} (overdue)</source>
        <translation>{status} (متأخر)</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>الاسم المختصر:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>الولاية:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Governance:</source>
        <translation>الحوكمة:</translation>
    </message>
    <message>
        <source>&amp;Local anchoring:</source>
        <translation>الترسّخ المحلي:</translation>
    </message>
    <message>
        <source>A&amp;ffiliations:</source>
        <translation>الانتماءات:</translation>
    </message>
    <message>
        <source>Partnership c&amp;ategory:</source>
        <translation>فئة الشراكة:</translation>
    </message>
    <message>
        <source>Mo&amp;dality:</source>
        <translation>طريقة الشراكة:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>المرحلة:</translation>
    </message>
    <message>
        <source>&amp;Exit criteria:</source>
        <translation>معايير الخروج:</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>مسؤول العلاقة:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>الحساسية:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. detention, women&apos;s rights</source>
        <translation>مفصولة بفواصل، مثل: الاحتجاز، حقوق المرأة</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>تعديل {field}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>لم يُحفظ: {problem}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of section scores</source>
        <translation>مخطط راداري لدرجات الأقسام</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <source>Marking on every page</source>
        <translation>الوسم على كل صفحة</translation>
    </message>
    <message>
        <source>Printed at the top and foot of every page; may be empty.</source>
        <translation>يُطبع أعلى كل صفحة وأسفلها، ويمكن تركه فارغًا.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>إنشاء التقرير</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Press Generate to see the report.</source>
        <translation>اضغط «إنشاء» لعرض التقرير.</translation>
    </message>
    <message>
        <source>Protect the saved PDF with a password</source>
        <translation>حماية ملف PDF المحفوظ بكلمة مرور</translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation>كلمة مرور ملف PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>حفظ التقرير في ملف PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>إغلاق التقرير</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>جارٍ إنشاء التقرير…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>لا صفحات.</numerusform>
            <numerusform>صفحة واحدة.</numerusform>
            <numerusform>صفحتان.</numerusform>
            <numerusform>%n صفحات.</numerusform>
            <numerusform>%n صفحة.</numerusform>
            <numerusform>%n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not made: {reason}</source>
        <translation>لم يُنشأ التقرير: {reason}</translation>
    </message>
    <message>
        <source>Save outside the vault?</source>
        <translation>هل تريد الحفظ خارج الخزنة؟</translation>
    </message>
    <message>
        <source>The PDF will be a copy outside the vault&apos;s encryption: anyone who gets the file can read it unless you protect it with a password. Keep it safe and delete it when it is no longer needed.</source>
        <translation>سيكون ملف PDF نسخة خارج تشفير الخزنة: يستطيع قراءته كل من يحصل على الملف ما لم تحمِه بكلمة مرور. احفظه في مكان آمن، واحذفه حين لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enter a password for the PDF, or untick the box.</source>
        <translation>أدخل كلمة مرور لملف PDF، أو ألغِ تحديد المربع.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>تم الحفظ: {file}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>جارٍ حفظ التقرير…</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Section results</source>
        <translation>نتائج الأقسام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Compared with the previous assessment</source>
        <translation>مقارنةً بالتقييم السابق</translation>
    </message>
    <message>
        <source>Comparison with the previous assessment</source>
        <translation>المقارنة مع التقييم السابق</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Self-assessment and assessor</source>
        <translation>التقييم الذاتي والمقيّم</translation>
    </message>
    <message>
        <source>Self-assessment beside the assessor&apos;s view</source>
        <translation>التقييم الذاتي إلى جانب رأي المقيّم</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>المقيّم</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Gaps and proposed actions</source>
        <translation>الفجوات والإجراءات المقترحة</translation>
    </message>
    <message>
        <source>Proposed actions</source>
        <translation>الإجراءات المقترحة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Propose actions for gaps</source>
        <translation>اقتراح إجراءات للفجوات</translation>
    </message>
    <message>
        <source>Drop selected</source>
        <translation>استبعاد المحدد</translation>
    </message>
    <message>
        <source>Drop the selected proposed actions</source>
        <translation>استبعاد الإجراءات المقترحة المحددة</translation>
    </message>
    <message>
        <source>Accept into plan</source>
        <translation>قبول في الخطة</translation>
    </message>
    <message>
        <source>Accept the selected proposed actions into the development plan</source>
        <translation>قبول الإجراءات المقترحة المحددة في خطة التطوير</translation>
    </message>
    <message>
        <source>Computing results…</source>
        <translation>جارٍ حساب النتائج…</translation>
    </message>
    <message>
        <source>Overall rating: {rating}</source>
        <translation>التصنيف العام: {rating}</translation>
    </message>
    <message>
        <source>No overall rating yet: too few questions answered ({percent}%)</source>
        <translation>لا يوجد تصنيف عام بعد: عدد الأسئلة المُجاب عنها قليل جدًا ({percent}%)</translation>
    </message>
    <message>
        <source>No overall rating</source>
        <translation>لا يوجد تصنيف عام</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>draft: results change as you answer</source>
        <translation>مسودة: تتغير النتائج مع إجاباتك</translation>
    </message>
    <message>
        <source>Recommended decision: {decision} · {percent}% answered · {status}</source>
        <translation>القرار الموصى به: {decision} · أُجيب عن {percent}% · {status}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>هذا التقييم</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous assessment of {date}: rating {before} → {after}; {closed} gap(s) closed, {new} new, {remaining} remaining.</source>
        <translation>التقييم السابق بتاريخ {date}: التصنيف {before} ← {after}؛ الفجوات المغلقة: {closed}، الجديدة: {new}، المتبقية: {remaining}.</translation>
    </message>
    <message>
        <source>The partner and the assessor gave the same answer to {percent}% of the questions both answered.</source>
        <translation>أعطى الشريك والمقيّم الإجابة نفسها في {percent}% من الأسئلة التي أجاب عنها كلاهما.</translation>
    </message>
    <message>
        <source>{gaps} gap(s) found; {uncovered} without an action yet.</source>
        <translation>الفجوات المكتشفة: {gaps}؛ منها {uncovered} بلا إجراء بعد.</translation>
    </message>
    <message>
        <source>Due date of {title}</source>
        <translation>تاريخ استحقاق {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) proposed</source>
        <translation>
            <numerusform>لم يُقترح أي إجراء</numerusform>
            <numerusform>اقتُرح إجراء واحد</numerusform>
            <numerusform>اقتُرح إجراءان</numerusform>
            <numerusform>اقتُرحت %n إجراءات</numerusform>
            <numerusform>اقتُرح %n إجراءً</numerusform>
            <numerusform>اقتُرح %n إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) added to the plan</source>
        <translation>
            <numerusform>لم يُضف أي إجراء إلى الخطة</numerusform>
            <numerusform>أُضيف إجراء واحد إلى الخطة</numerusform>
            <numerusform>أُضيف إجراءان إلى الخطة</numerusform>
            <numerusform>أُضيفت %n إجراءات إلى الخطة</numerusform>
            <numerusform>أُضيف %n إجراءً إلى الخطة</numerusform>
            <numerusform>أُضيف %n إجراء إلى الخطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed action(s) dropped</source>
        <translation>
            <numerusform>لم يُستبعد أي إجراء مقترح</numerusform>
            <numerusform>استُبعد إجراء مقترح واحد</numerusform>
            <numerusform>استُبعد إجراءان مقترحان</numerusform>
            <numerusform>استُبعدت %n إجراءات مقترحة</numerusform>
            <numerusform>استُبعد %n إجراءً مقترحًا</numerusform>
            <numerusform>استُبعد %n إجراء مقترح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;Choose earlier workshop…</source>
        <translation>اختيار ورشة عمل سابقة…</translation>
    </message>
    <message>
        <source>Choose the earlier workshop to review</source>
        <translation>اختر ورشة العمل السابقة لمراجعتها</translation>
    </message>
    <message>
        <source>&amp;Stop reviewing</source>
        <translation>إيقاف المراجعة</translation>
    </message>
    <message>
        <source>Stop reviewing the earlier plan</source>
        <translation>إيقاف مراجعة الخطة السابقة</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>تقدّم المراجعة</translation>
    </message>
    <message>
        <source>%v of %m reviewed</source>
        <translation>رُوجع %v من %m</translation>
    </message>
    <message>
        <source>Actions of the earlier plan</source>
        <translation>إجراءات الخطة السابقة</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>ملاحظة المراجعة</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous action</source>
        <translation>الإجراء السابق</translation>
    </message>
    <message>
        <source>&amp;Record and next</source>
        <translation>تسجيل والتالي</translation>
    </message>
    <message>
        <source>Record this review and go to the next</source>
        <translation>تسجيل هذه المراجعة والانتقال إلى التالي</translation>
    </message>
    <message>
        <source>This workshop reviews the plan of “{title}”.</source>
        <translation>تراجع ورشة العمل هذه خطة «{title}».</translation>
    </message>
    <message>
        <source>Choose an earlier workshop to review its follow-up plan here.</source>
        <translation>اختر ورشة عمل سابقة لمراجعة خطة المتابعة الخاصة بها هنا.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>الشريك: {name}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>المسؤول: {name}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>الاستحقاق: {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>Earlier reviews:</source>
        <translation>المراجعات السابقة:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>القفل بعد دقائق من عدم الاستخدام</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>القفل بعد عدم الاستخدام لمدة:</translation>
    </message>
    <message>
        <source>Remember recent vaults on this computer</source>
        <translation>تذكّر الخزنات الأخيرة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation>تذكّر الخزنات الأخيرة</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>حجم الورق:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>A new language applies when FieldPartner next starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل FieldPartner في المرة القادمة.</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>FieldPartner</source>
        <translation>FieldPartner</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Open a vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;فتح خزنة&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation>الخزنات الأخيرة:</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>الخزنات الأخيرة</translation>
    </message>
    <message>
        <source>Remember recent vaults on this computer</source>
        <translation>تذكّر الخزنات الأخيرة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation>تذكّر الخزنات الأخيرة</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>Clear the list of recent vaults</source>
        <translation>مسح قائمة الخزنات الأخيرة</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Folder ending in .fpvault</source>
        <translation>مجلد ينتهي بـ .fpvault</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>اختر مجلد الخزنة</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>الخزنة:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>إنشاء خزنة جديدة…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>إنشاء خزنة جديدة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>فتح قفل الخزنة</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create a new vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;إنشاء خزنة جديدة&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted in the vault. Without the passphrase or the recovery key, nobody can open it, including you.</source>
        <translation>يُحفظ كل ما تسجّله مشفّرًا في الخزنة. ولا يستطيع أحد فتحها دون عبارة المرور أو مفتاح الاسترداد، ولا حتى أنت.</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>اسم الخزنة</translation>
    </message>
    <message>
        <source>e.g. Field 2026</source>
        <translation>مثلًا: الميدان 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>مجلد الخزنة الجديدة</translation>
    </message>
    <message>
        <source>Choose where to create</source>
        <translation>اختر مكان الإنشاء</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Will be created as:</source>
        <translation>سيُنشأ باسم:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>التكرار:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>Use at least {n} characters; a few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation>استخدم {n} حرفًا على الأقل؛ فبضع كلمات غير مترابطة تصنع عبارة مرور طويلة وسهلة التذكّر.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to opening a vault</source>
        <translation>العودة إلى فتح خزنة</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your recovery key&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;مفتاح الاسترداد الخاص بك&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way to open the vault. Write it down now and keep it apart from this computer. It will not be shown again.</source>
        <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو السبيل الوحيد لفتح الخزنة. دوّنه الآن واحفظه بعيدًا عن هذا الحاسوب. لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>نسخ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The requested group of the recovery key</source>
        <translation>المجموعة المطلوبة من مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>لقد دوّنت مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Also type the requested group of the key above, from what you wrote.</source>
        <translation>واكتب أيضًا المجموعة المطلوبة من المفتاح أعلاه، نقلًا عمّا دوّنته.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue to the vault</source>
        <translation>المتابعة إلى الخزنة</translation>
    </message>
    <message>
        <source>Choose where to create the vault</source>
        <translation>اختر مكان إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Choose the vault folder.</source>
        <translation>اختر مجلد الخزنة.</translation>
    </message>
    <message>
        <source>This folder is not a FieldPartner vault (it has no vault.json).</source>
        <translation>هذا المجلد ليس خزنة FieldPartner (لا يحتوي على vault.json).</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation>عبارة المرور هذه لا تفتح هذه الخزنة.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: {reason}</source>
        <translation>لا يمكن فتح الخزنة: {reason}</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>قصيرة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>جارٍ إنشاء الخزنة…</translation>
    </message>
    <message>
        <source>From what you wrote down (not from the screen), type group {number} of {count} of the key:</source>
        <translation>ممّا دوّنته (لا من الشاشة)، اكتب المجموعة {number} من {count} من المفتاح:</translation>
    </message>
    <message>
        <source>The vault was not created: {reason}</source>
        <translation>لم تُنشأ الخزنة: {reason}</translation>
    </message>
    <message>
        <source>The key was not printed: choose a printer, not a file.</source>
        <translation>لم يُطبع المفتاح: اختر طابعة، لا ملفًا.</translation>
    </message>
    <message>
        <source>FieldPartner recovery key</source>
        <translation>مفتاح الاسترداد لـ FieldPartner</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>الخزنة: {name}</translation>
    </message>
    <message>
        <source>Printed: {when}</source>
        <translation>تاريخ الطباعة: {when}</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep this sheet apart from the computer, somewhere safe, and destroy it if the vault is wiped.</source>
        <translation>يستطيع كل من يحوز هذا المفتاح فتح الخزنة. احفظ هذه الورقة بعيدًا عن الحاسوب في مكان آمن، وأتلفها إذا خضعت الخزنة للمسح الطارئ.</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>Due within the next</source>
        <translation>المستحق خلال</translation>
    </message>
    <message>
        <source>Number of days ahead</source>
        <translation>عدد الأيام القادمة</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh the list of what is due</source>
        <translation>تحديث قائمة المستحقات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>مستحق منذ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>Yearly dialogues</source>
        <translation>الحوارات السنوية</translation>
    </message>
    <message>
        <source>Project reports, visits and audits</source>
        <translation>تقارير المشاريع والزيارات والتدقيقات</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>القادم</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>جارٍ البحث عن المستحقات…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due, </source>
        <translation>
            <numerusform>لا بنود مستحقة، </numerusform>
            <numerusform>بند واحد مستحق، </numerusform>
            <numerusform>بندان مستحقان، </numerusform>
            <numerusform>%n بنود مستحقة، </numerusform>
            <numerusform>%n بندًا مستحقًا، </numerusform>
            <numerusform>%n بند مستحق، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>لا شيء منها متأخر</numerusform>
            <numerusform>منها واحد متأخر</numerusform>
            <numerusform>منها اثنان متأخران</numerusform>
            <numerusform>منها %n متأخرة</numerusform>
            <numerusform>منها %n متأخرًا</numerusform>
            <numerusform>منها %n متأخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up actions: {total} ({overdue} overdue)</source>
        <translation>إجراءات المتابعة: {total} (المتأخر منها: {overdue})</translation>
    </message>
    <message>
        <source>Yearly partnership dialogues due: {total} ({overdue} overdue)</source>
        <translation>حوارات الشراكة السنوية المستحقة: {total} (المتأخر منها: {overdue})</translation>
    </message>
    <message>
        <source>Project reports, visits and audits: {total} ({overdue} overdue)</source>
        <translation>تقارير المشاريع والزيارات والتدقيقات: {total} (المتأخر منها: {overdue})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National NGO</source>
        <translation>منظمة غير حكومية وطنية</translation>
    </message>
    <message>
        <source>Regional NGO</source>
        <translation>منظمة غير حكومية إقليمية</translation>
    </message>
    <message>
        <source>International NGO</source>
        <translation>منظمة غير حكومية دولية</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>معهد بحثي</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>هيئة مهنية</translation>
    </message>
    <message>
        <source>Monitoring body</source>
        <translation>هيئة رقابية</translation>
    </message>
    <message>
        <source>Intergovernmental body</source>
        <translation>هيئة حكومية دولية</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>مؤسسة وطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>Foundation or donor</source>
        <translation>مؤسسة مانحة أو جهة مانحة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>التحضير</translation>
    </message>
    <message>
        <source>Establishing</source>
        <translation>التأسيس</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>Phasing out</source>
        <translation>الإنهاء التدريجي</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>مناصرة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>Research and learning</source>
        <translation>البحث والتعلّم</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>استراتيجية</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>تجريبية</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>تحالف</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حساسة</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>عالية الخطورة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>مُستبعد</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>المسح الطارئ</translation>
    </message>
    <message>
        <source>This destroys the vault “{name}” on this computer at once: its keys are overwritten and its database deleted. Nothing in it can be recovered here, not even with the passphrase or the recovery key. Data already sent to HQ in bundles is not affected.</source>
        <translation>سيؤدي هذا إلى إتلاف الخزنة «{name}» على هذا الحاسوب فورًا: ستُستبدل مفاتيحها بالكتابة فوقها وتُحذف قاعدة بياناتها. ولن يمكن استرداد أي شيء منها هنا، ولا حتى بعبارة المرور أو مفتاح الاسترداد. لا تتأثر البيانات التي سبق إرسالها إلى المقر الرئيسي في حزم.</translation>
    </message>
    <message>
        <source>To confirm, type the word {word} in capital Latin letters (it is the same in every language):</source>
        <translation>للتأكيد، اكتب الكلمة {word} بأحرف لاتينية كبيرة (وهي نفسها في كل اللغات):</translation>
    </message>
    <message>
        <source>Type WIPE to confirm</source>
        <translation>اكتب WIPE للتأكيد</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>المسح الطارئ للخزنة</translation>
    </message>
    <message>
        <source>Wipe the vault now</source>
        <translation>المسح الطارئ للخزنة الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan</source>
        <translation>خطة المتابعة</translation>
    </message>
    <message>
        <source>&amp;Review earlier plan</source>
        <translation>مراجعة الخطة السابقة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرون</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>الأسماء مفصولة بفواصل</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>الميسّرون:</translation>
    </message>
    <message>
        <source>Co-design input</source>
        <translation>مساهمات التصميم المشترك</translation>
    </message>
    <message>
        <source>What partners asked for or shaped in the agenda</source>
        <translation>ما طلبه الشركاء أو أسهموا في صياغته في جدول الأعمال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>ما قيل وما اتُّفق عليه</translation>
    </message>
    <message>
        <source>Changes are saved as you leave each field.</source>
        <translation>تُحفظ التغييرات عند مغادرة كل حقل.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Add &amp;partners…</source>
        <translation>إضافة شركاء…</translation>
    </message>
    <message>
        <source>Add participating partners</source>
        <translation>إضافة شركاء مشاركين</translation>
    </message>
    <message>
        <source>Add p&amp;erson…</source>
        <translation>إضافة شخص…</translation>
    </message>
    <message>
        <source>Add a named person</source>
        <translation>إضافة شخص بالاسم</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>إزالة المشارك</translation>
    </message>
    <message>
        <source>Workshop &amp;report…</source>
        <translation>تقرير ورشة العمل…</translation>
    </message>
    <message>
        <source>Report of this workshop for the selected partner</source>
        <translation>تقرير ورشة العمل هذه للشريك المحدد</translation>
    </message>
    <message>
        <source>Preview, print or save the workshop report for the selected partner</source>
        <translation>معاينة تقرير ورشة العمل للشريك المحدد أو طباعته أو حفظه</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>خطة المتابعة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>إضافة إجراء…</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translation>إضافة إجراء متابعة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the follow-up action</source>
        <translation>تعديل إجراء المتابعة</translation>
    </message>
    <message>
        <source>Remove the follow-up action</source>
        <translation>إزالة إجراء المتابعة</translation>
    </message>
    <message>
        <source>P&amp;articipants ({count})</source>
        <translation>المشاركون ({count})</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan ({count})</source>
        <translation>خطة المتابعة ({count})</translation>
    </message>
    <message>
        <source>&amp;Review earlier plan ({done}/{total})</source>
        <translation>مراجعة الخطة السابقة ({done}/{total})</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>لا يمكن أن تنتهي ورشة العمل قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Add a participating partner to make a report.</source>
        <translation>أضف شريكًا مشاركًا لإعداد تقرير.</translation>
    </message>
    <message>
        <source>The participant is no longer listed.</source>
        <translation>لم يعد المشارك مدرجًا.</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>إزالة الإجراء</translation>
    </message>
    <message>
        <source>Remove this action from the follow-up plan?</source>
        <translation>هل تريد إزالة هذا الإجراء من خطة المتابعة؟</translation>
    </message>
</context>
<context>
    <name>WorkshopPickerDialog</name>
    <message>
        <source>Review an earlier workshop&apos;s plan</source>
        <translation>مراجعة خطة ورشة عمل سابقة</translation>
    </message>
    <message>
        <source>Search workshops</source>
        <translation>البحث في ورش العمل</translation>
    </message>
    <message>
        <source>Search by title, topic or place</source>
        <translation>البحث بالعنوان أو الموضوع أو المكان</translation>
    </message>
    <message>
        <source>Earlier workshops</source>
        <translation>ورش العمل السابقة</translation>
    </message>
    <message>
        <source>Review its plan</source>
        <translation>مراجعة خطتها</translation>
    </message>
    <message>
        <source>Review the chosen workshop&apos;s plan</source>
        <translation>مراجعة خطة ورشة العمل المختارة</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>المتابعات المفتوحة</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Search workshops</source>
        <translation>البحث في ورش العمل</translation>
    </message>
    <message>
        <source>Search by title, topic or place</source>
        <translation>البحث بالعنوان أو الموضوع أو المكان</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>ورش العمل</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>ورشة عمل جديدة…</translation>
    </message>
    <message>
        <source>Create a workshop</source>
        <translation>إنشاء ورشة عمل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected workshop</source>
        <translation>حذف ورشة العمل المحددة</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي ورشة عمل</numerusform>
            <numerusform>عُثر على ورشة عمل واحدة</numerusform>
            <numerusform>عُثر على ورشتي عمل</numerusform>
            <numerusform>عُثر على %n ورش عمل</numerusform>
            <numerusform>عُثر على %n ورشة عمل</numerusform>
            <numerusform>عُثر على %n ورشة عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>لا ورش عمل</numerusform>
            <numerusform>ورشة عمل واحدة</numerusform>
            <numerusform>ورشتا عمل</numerusform>
            <numerusform>%n ورش عمل</numerusform>
            <numerusform>%n ورشة عمل</numerusform>
            <numerusform>%n ورشة عمل</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop created</source>
        <translation>أُنشئت ورشة العمل</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>حذف ورشة العمل</translation>
    </message>
    <message>
        <source>Delete this workshop? Its follow-up actions leave the plan and the due lists.</source>
        <translation>هل تريد حذف ورشة العمل هذه؟ ستُزال إجراءات المتابعة الخاصة بها من الخطة وقوائم المستحقات.</translation>
    </message>
    <message>
        <source>Workshop deleted</source>
        <translation>حُذفت ورشة العمل</translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message>
        <source>Workshops this partner took part in</source>
        <translation>ورش العمل التي شارك فيها هذا الشريك</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Answer to {item}</source>
        <translation>الإجابة عن {item}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
</TS>
