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
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>AnswerImportDialog</name>
    <message>
        <source>Import answers</source>
        <translation>استيراد الإجابات</translation>
    </message>
    <message>
        <source>Answers from a spreadsheet (.xlsx or .csv) with the columns item id, answer and note, or from a JSON answer file. Every row is checked first; the answers are saved all together or not at all.</source>
        <translation>إجابات من جدول بيانات (.xlsx أو .csv) فيه أعمدة معرّف البند والإجابة والملاحظة، أو من ملف إجابات JSON. يُفحص كل صف أولًا، وتُحفظ الإجابات كلها معًا أو لا يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation>ملف الإجابات</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>Choose the answer file</source>
        <translation>اختيار ملف الإجابات</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Save every answer of the file</source>
        <translation>حفظ كل إجابات الملف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose an answer file</source>
        <translation>اختيار ملف إجابات</translation>
    </message>
    <message>
        <source>Answer files (*.xlsx *.csv *.json)</source>
        <translation>ملفات الإجابات (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>جارٍ فحص {file}…</translation>
    </message>
    <message>
        <source>{refused} rows refused: nothing can be imported until they are corrected in the file.</source>
        <translation>رُفض {refused} صفًا: لا يمكن استيراد شيء حتى تُصحَّح في الملف.</translation>
    </message>
    <message>
        <source>The file has no answers.</source>
        <translation>لا يحتوي الملف على إجابات.</translation>
    </message>
    <message>
        <source>Every row passed: {count} answers will be saved ({replaced} of them replace answers already given).</source>
        <translation>اجتازت كل الصفوف الفحص: ستُحفظ {count} إجابة ({replaced} منها تحل محل إجابات سابقة).</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>{count} answers saved.</source>
        <translation>حُفظت {count} إجابة.</translation>
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
        <source>Next unanswered</source>
        <translation>التالي بلا إجابة</translation>
    </message>
    <message>
        <source>Go to the next question without an answer</source>
        <translation>الانتقال إلى السؤال التالي الذي لا إجابة له</translation>
    </message>
    <message>
        <source>Show only unanswered</source>
        <translation>عرض الأسئلة بلا إجابة فقط</translation>
    </message>
    <message>
        <source>Show only questions without an answer</source>
        <translation>عرض الأسئلة التي لا إجابة لها فقط</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose the answer · 0 not applicable · ↑ ↓ previous/next question · Del clear</source>
        <translation>لوحة المفاتيح: ١–٩ لاختيار الإجابة · ٠ لا ينطبق · ↑ ↓ السؤال السابق/التالي · Del للمسح</translation>
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
        <source>Every question is answered</source>
        <translation>تمت الإجابة عن كل الأسئلة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>An answer was not saved: {reason}</source>
        <translation>لم تُحفظ إحدى الإجابات: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
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
    <name>AssessmentLabels</name>
    <message>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <source>Partnership dialogue</source>
        <translation>حوار الشراكة</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>التقييم المتبادل</translation>
    </message>
    <message>
        <source>Workshop review</source>
        <translation>مراجعة ورشة العمل</translation>
    </message>
    <message>
        <source>Partner selection</source>
        <translation>اختيار الشريك</translation>
    </message>
    <message>
        <source>Weak capacity</source>
        <translation>قدرة ضعيفة</translation>
    </message>
    <message>
        <source>Developing capacity</source>
        <translation>قدرة قيد التطوير</translation>
    </message>
    <message>
        <source>Established capacity</source>
        <translation>قدرة راسخة</translation>
    </message>
    <message>
        <source>Strong capacity</source>
        <translation>قدرة قوية</translation>
    </message>
    <message>
        <source>Poor fit</source>
        <translation>توافق ضعيف</translation>
    </message>
    <message>
        <source>Partial fit</source>
        <translation>توافق جزئي</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>توافق جيد</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>تم التحقق جزئيا</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>الموافقة بشروط</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>الإيقاف</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>المقيّم</translation>
    </message>
    <message>
        <source>Partner (self-assessment)</source>
        <translation>الشريك (تقييم ذاتي)</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>صغير</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Don&apos;t know / not verified</source>
        <translation>لا أعرف / لم يتم التحقق</translation>
    </message>
    <message>
        <source>Covered by an accepted earlier assessment</source>
        <translation>مشمول بتقييم سابق مقبول</translation>
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
        <source>Two-way summary…</source>
        <translation>ملخص التقييمات المتبادلة…</translation>
    </message>
    <message>
        <source>How partners, together, assess the organisation</source>
        <translation>كيف يقيّم الشركاء، مجتمعين، المنظمة</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>لا تقييمات</numerusform>
            <numerusform>تقييم واحد</numerusform>
            <numerusform>تقييمان</numerusform>
            <numerusform>%Ln تقييمات</numerusform>
            <numerusform>%Ln تقييمًا</numerusform>
            <numerusform>%Ln تقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment created</source>
        <translation>تم إنشاء التقييم</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>لم يُنشأ: {reason}</translation>
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
        <source>Override result…</source>
        <translation>تعديل النتيجة…</translation>
    </message>
    <message>
        <source>Override a computed result, with the justification</source>
        <translation>تعديل نتيجة محسوبة مع ذكر المبرر</translation>
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
        <source>Result overridden; the justification is kept</source>
        <translation>عُدلت النتيجة؛ وحُفظ المبرر</translation>
    </message>
    <message>
        <source>Question {number}: {title}</source>
        <translation>السؤال {number}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Cannot finalise yet: %Ln question(s) to complete</source>
        <translation>
            <numerusform>لا يمكن الإنهاء بعد: %Ln سؤال للإكمال</numerusform>
            <numerusform>لا يمكن الإنهاء بعد: %Ln سؤال للإكمال</numerusform>
            <numerusform>لا يمكن الإنهاء بعد: %Ln سؤال للإكمال</numerusform>
            <numerusform>لا يمكن الإنهاء بعد: %Ln سؤال للإكمال</numerusform>
            <numerusform>لا يمكن الإنهاء بعد: %Ln سؤال للإكمال</numerusform>
            <numerusform>لا يمكن الإنهاء بعد: %Ln سؤال للإكمال</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment reopened as a draft</source>
        <translation>أُعيد فتح التقييم كمسودة</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>استيراد الإجابات…</translation>
    </message>
    <message>
        <source>Import answers from a spreadsheet, checked before they are saved</source>
        <translation>استيراد الإجابات من جدول بيانات، مع فحصها قبل حفظها</translation>
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
    <message>
        <source>&amp;New assessment…</source>
        <translation>تقييم جديد…</translation>
    </message>
    <message>
        <source>Start a new assessment of this partner</source>
        <translation>بدء تقييم جديد لهذا الشريك</translation>
    </message>
</context>
<context>
    <name>AssignPartnersDialog</name>
    <message>
        <source>Assign partners to device {device}</source>
        <translation>إسناد شركاء إلى الجهاز {device}</translation>
    </message>
    <message>
        <source>HQ&apos;s next bundle to this device will carry the ticked partners and their records. Send only what the device&apos;s user needs: a laptop can be lost or seized.</source>
        <translation>ستحمل الحزمة التالية من المقر الرئيسي إلى هذا الجهاز الشركاءَ المحددين وسجلاتهم. لا ترسل إلا ما يحتاجه مستخدم الجهاز: فقد يُفقد الحاسوب المحمول أو يُصادر.</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>البحث في الشركاء</translation>
    </message>
    <message>
        <source>Search by name, acronym, region, country or tag</source>
        <translation>البحث بالاسم أو الاسم المختصر أو المنطقة أو البلد أو الوسم</translation>
    </message>
    <message>
        <source>Partners to assign</source>
        <translation>الشركاء المراد إسنادهم</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Assign the ticked partners to the device and take back the unticked ones</source>
        <translation>إسناد الشركاء المحدَّدين إلى الجهاز وسحب غير المحدَّدين منه</translation>
    </message>
    <message>
        <source>Assigned. Untick to stop sending this partner to the device; the device keeps the copy it already has.</source>
        <translation>مُسند. أزل التحديد للتوقف عن إرسال هذا الشريك إلى الجهاز؛ ويحتفظ الجهاز بالنسخة الموجودة لديه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to take back</source>
        <translation>
            <numerusform>لا شيء للسحب</numerusform>
            <numerusform>واحد للسحب</numerusform>
            <numerusform>اثنان للسحب</numerusform>
            <numerusform>%Ln للسحب</numerusform>
            <numerusform>%Ln للسحب</numerusform>
            <numerusform>%Ln للسحب</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without assigning</source>
        <translation>إغلاق دون إسناد</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} partners: refine the search.</source>
        <translation>يُعرض أول {shown} من أصل {total} شريكًا: حدّد البحث أكثر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي شريك</numerusform>
            <numerusform>عُثر على شريك واحد</numerusform>
            <numerusform>عُثر على شريكين</numerusform>
            <numerusform>عُثر على %Ln شركاء</numerusform>
            <numerusform>عُثر على %Ln شريكًا</numerusform>
            <numerusform>عُثر على %Ln شريك</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) already assigned</source>
        <translation>
            <numerusform>لا شركاء مُسندون بعد</numerusform>
            <numerusform>شريك واحد مُسند بالفعل</numerusform>
            <numerusform>شريكان مُسندان بالفعل</numerusform>
            <numerusform>%Ln شركاء مُسندون بالفعل</numerusform>
            <numerusform>%Ln شريكًا مُسندًا بالفعل</numerusform>
            <numerusform>%Ln شريك مُسند بالفعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <translation>
            <numerusform>لا شيء للإضافة</numerusform>
            <numerusform>واحد للإضافة</numerusform>
            <numerusform>اثنان للإضافة</numerusform>
            <numerusform>%Ln للإضافة</numerusform>
            <numerusform>%Ln للإضافة</numerusform>
            <numerusform>%Ln للإضافة</numerusform>
        </translation>
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
        <source>%Ln file(s) added</source>
        <translation>
            <numerusform>لم يُضف أي ملف</numerusform>
            <numerusform>أُضيف ملف واحد</numerusform>
            <numerusform>أُضيف ملفان</numerusform>
            <numerusform>أُضيفت %Ln ملفات</numerusform>
            <numerusform>أُضيف %Ln ملفًا</numerusform>
            <numerusform>أُضيف %Ln ملف</numerusform>
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
        <source>The file was not deleted: {reason}</source>
        <translation>لم يُحذف الملف: {reason}</translation>
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
        <source>The disk is full: the change could not be written.</source>
        <translation>القرص ممتلئ: تعذّرت كتابة التغيير.</translation>
    </message>
    <message>
        <source>The vault stayed busy with other work too long: the change is not saved yet.</source>
        <translation>ظلّت الخزنة منشغلة بعمل آخر مدة طويلة: لم يُحفظ التغيير بعد.</translation>
    </message>
    <message>
        <source>The database cannot be reached now: the change is not saved yet.</source>
        <translation>لا يمكن الوصول إلى قاعدة البيانات الآن: لم يُحفظ التغيير بعد.</translation>
    </message>
    <message>
        <source>The vault could not be written ({kind}).</source>
        <translation>تعذّرت الكتابة في الخزنة ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Please try again; Help → Problem report has the details.</source>
        <translation>حدث خطأ ما ({kind}). يُرجى المحاولة مرة أخرى؛ التفاصيل في مساعدة ← تقرير المشكلات.</translation>
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
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>نسخ الخزنة احتياطيًا</translation>
    </message>
    <message>
        <source>An encrypted copy of the whole vault, for a USB stick or another disk. It opens with the same passphrase and recovery key. Keep it away from this computer.</source>
        <translation>نسخة مشفرة من الخزنة كلها، لذاكرة USB أو قرص آخر. تُفتح بعبارة المرور ومفتاح الاسترداد نفسيهما. احفظها بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>اختيار مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Remind me after this many days</source>
        <translation>ذكّرني بعد هذا العدد من الأيام</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>آخر نسخة احتياطية:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>&amp;Remind me after:</source>
        <translation>ذكّرني بعد:</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>نسخ الخزنة احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>اختر مكان حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>{folder} is not a folder (is the stick plugged in?).</source>
        <translation>{folder} ليس مجلدًا (هل الذاكرة موصولة؟).</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية وفحصها…</translation>
    </message>
    <message>
        <source>Backed up and checked: {path} ({size}).</source>
        <translation>نُسخ احتياطيًا وفُحص: {path} ({size}).</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>لم تُنشأ أي نسخة احتياطية: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Backup reminder</source>
        <translation>تذكير بالنسخ الاحتياطي</translation>
    </message>
    <message>
        <source>No backup for {days} days: back up now…</source>
        <translation>لا نسخة احتياطية منذ {days} يومًا: انسخ الآن…</translation>
    </message>
</context>
<context>
    <name>BorderDialog</name>
    <message>
        <source>Before a border crossing</source>
        <translation>قبل عبور الحدود</translation>
    </message>
    <message>
        <source>Everything HQ has not yet confirmed receiving is written to a bundle for HQ. Once the bundle is checked, records are removed from this laptop. The vault keeps its keys and templates; a bundle from HQ fills it again later.</source>
        <translation>يُكتب كل ما لم يؤكد المقر استلامه بعد في حزمة للمقر. بعد التحقق من الحزمة تُزال السجلات من هذا الحاسوب. تحتفظ الخزنة بمفاتيحها ونماذجها، وتعيد حزمة من المقر ملأها لاحقاً.</translation>
    </message>
    <message>
        <source>Remove what HQ has confirmed receiving (recommended)</source>
        <translation>إزالة ما أكد المقر استلامه (موصى به)</translation>
    </message>
    <message>
        <source>Remove every record</source>
        <translation>إزالة كل السجلات</translation>
    </message>
    <message>
        <source>With every record removed, the bundle holds the only copy of changes HQ has not confirmed: carry or send it separately from the laptop.</source>
        <translation>عند إزالة كل السجلات تحمل الحزمة النسخة الوحيدة من التغييرات التي لم يؤكدها المقر: احملها أو أرسلها بمعزل عن الحاسوب.</translation>
    </message>
    <message>
        <source>Where the bundle for HQ is written</source>
        <translation>مكان كتابة الحزمة المرسلة إلى المقر</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose where the bundle is written</source>
        <translation>اختر مكان كتابة الحزمة</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>ال&amp;حزمة:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Send and remove</source>
        <translation>إرسال وإزالة</translation>
    </message>
    <message>
        <source>Write the bundle for HQ, then remove records from this laptop</source>
        <translation>اكتب الحزمة للمقر ثم أزل السجلات من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Progress of the border crossing</source>
        <translation>تقدّم التحضير لعبور الحدود</translation>
    </message>
    <message>
        <source>Stop before anything is removed from this laptop</source>
        <translation>التوقف قبل إزالة أي شيء من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>Bundle for HQ</source>
        <translation>حزمة للمقر</translation>
    </message>
    <message>
        <source>Bundles (*.fpbundle)</source>
        <translation>الحزم (*.fpbundle)</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the bundle.</source>
        <translation>اختر مجلداً موجوداً للحزمة.</translation>
    </message>
    <message>
        <source>{name} exists already; choose another name.</source>
        <translation>{name} موجود بالفعل؛ اختر اسماً آخر.</translation>
    </message>
    <message>
        <source>Checking that the bundle reads back…</source>
        <translation>جارٍ التحقق من إمكانية قراءة الحزمة…</translation>
    </message>
    <message>
        <source>Removing records from this laptop…</source>
        <translation>جارٍ إزالة السجلات من هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Rewriting the vault without them…</source>
        <translation>جارٍ إعادة كتابة الخزنة من دونها…</translation>
    </message>
    <message>
        <source>Writing the bundle for HQ…</source>
        <translation>جارٍ كتابة الحزمة للمقر…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Nothing was removed from this laptop: {reason}</source>
        <translation>لم يُزل شيء من هذا الحاسوب: {reason}</translation>
    </message>
    <message>
        <source>Written for HQ: {file}</source>
        <translation>كُتب للمقر: {file}</translation>
    </message>
    <message>
        <source>It holds {revisions} changes to {records} records and {files} files.</source>
        <translation>تحتوي على {revisions} تغييراً في {records} سجلاً و{files} ملفاً.</translation>
    </message>
    <message>
        <source>Removed from this laptop: {what}</source>
        <translation>أُزيل من هذا الحاسوب: {what}</translation>
    </message>
    <message>
        <source>Nothing was removed from this laptop.</source>
        <translation>لم يُزل شيء من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Files removed: {size}</source>
        <translation>الملفات المزالة: {size}</translation>
    </message>
    <message>
        <source>Still on this laptop (HQ has not confirmed them yet): {what}</source>
        <translation>ما زال على هذا الحاسوب (لم يؤكده المقر بعد): {what}</translation>
    </message>
    <message>
        <source>The bundle holds the only copy of changes HQ has not confirmed: keep it safe until HQ has imported it.</source>
        <translation>تحمل الحزمة النسخة الوحيدة من التغييرات التي لم يؤكدها المقر: احفظها بأمان حتى يستوردها المقر.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The new passphrase opens this vault from now on; the old one no longer does. Your recovery key stays the same.</source>
        <translation>من الآن تفتح عبارة المرور الجديدة هذه الخزنة، ولا تفتحها العبارة القديمة. يبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>جارٍ تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>عبارة المرور الحالية غير صحيحة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>لم يتغير شيء: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record kind</source>
        <translation>صنف السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <source>From devices</source>
        <translation>الأجهزة المصدر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>جهاز غير معروف</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>هذه الخزنة</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>{local} and {incoming}</source>
        <translation>{local} و{incoming}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلول</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>التقرير المجدول</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>Workshop participant</source>
        <translation>المشارك في ورشة العمل</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts too</source>
        <translation>إظهار التعارضات المحلولة أيضًا</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>إظهار التعارضات المحلولة أيضًا</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the conflicts again</source>
        <translation>إعادة قراءة التعارضات</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Take all &amp;local</source>
        <translation>اعتماد كل القيم المحلية</translation>
    </message>
    <message>
        <source>Resolve the conflict with this vault&apos;s values</source>
        <translation>حلّ التعارض بقيم هذه الخزنة</translation>
    </message>
    <message>
        <source>Take all &amp;incoming</source>
        <translation>اعتماد كل القيم الواردة</translation>
    </message>
    <message>
        <source>Resolve the conflict with the incoming values</source>
        <translation>حلّ التعارض بالقيم الواردة</translation>
    </message>
    <message>
        <source>Resolve with &amp;these values</source>
        <translation>الحلّ بهذه القيم</translation>
    </message>
    <message>
        <source>Resolve the conflict with the values chosen for each field</source>
        <translation>حلّ التعارض بالقيم المختارة لكل حقل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات مفتوحة</numerusform>
            <numerusform>تعارض واحد مفتوح</numerusform>
            <numerusform>تعارضان مفتوحان</numerusform>
            <numerusform>%Ln تعارضات مفتوحة</numerusform>
            <numerusform>%Ln تعارضًا مفتوحًا</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the latest {shown} of {total} resolved conflicts.</source>
        <translation>عرض آخر {shown} من أصل {total} تعارضًا محلولًا.</translation>
    </message>
    <message>
        <source>Select a conflict to settle it field by field.</source>
        <translation>اختر تعارضًا لحلّه حقلًا حقلًا.</translation>
    </message>
    <message numerus="yes">
        <source>{kind} “{record}”: %Ln conflicting field(s)</source>
        <translation>
            <numerusform>{kind} «{record}»: لا حقول متعارضة</numerusform>
            <numerusform>{kind} «{record}»: حقل واحد متعارض</numerusform>
            <numerusform>{kind} «{record}»: حقلان متعارضان</numerusform>
            <numerusform>{kind} «{record}»: %Ln حقول متعارضة</numerusform>
            <numerusform>{kind} «{record}»: %Ln حقلًا متعارضًا</numerusform>
            <numerusform>{kind} «{record}»: %Ln حقل متعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Local: changed on {local} by {local_author}. Incoming: changed on {incoming} by {incoming_author}. Found {found}.</source>
        <translation>المحلي: عُدّل على {local} بواسطة {local_author}. الوارد: عُدّل على {incoming} بواسطة {incoming_author}. اكتُشف في {found}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Resolved {when} ({how}).</source>
        <translation>حُلّ في {when} ({how}).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>المحلي</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الاختيار</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>القيمة المراد الاحتفاظ بها</translation>
    </message>
    <message>
        <source>{field}: an empty value cannot be chosen field by field; use “Take all local” or “Take all incoming”.</source>
        <translation>{field}: لا يمكن اختيار قيمة فارغة حقلًا حقلًا؛ استخدم «اعتماد كل القيم المحلية» أو «اعتماد كل القيم الواردة».</translation>
    </message>
    <message>
        <source>kept the local values</source>
        <translation>اعتُمدت القيم المحلية</translation>
    </message>
    <message>
        <source>took the incoming values</source>
        <translation>اعتُمدت القيم الواردة</translation>
    </message>
    <message numerus="yes">
        <source>chose %Ln field(s) one by one</source>
        <translation>
            <numerusform>لم يُختر أي حقل</numerusform>
            <numerusform>اختير حقل واحد</numerusform>
            <numerusform>اختير حقلان كلٌّ على حدة</numerusform>
            <numerusform>اختيرت %Ln حقول كلٌّ على حدة</numerusform>
            <numerusform>اختير %Ln حقلًا كلٌّ على حدة</numerusform>
            <numerusform>اختير %Ln حقل كلٌّ على حدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict on {kind} “{record}” resolved: {how}.</source>
        <translation>حُلّ التعارض في {kind} «{record}»: {how}.</translation>
    </message>
    <message>
        <source>Not resolved: {reason}. Nothing was changed.</source>
        <translation>لم يُحلّ التعارض: {reason}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The conflict was not resolved.</source>
        <translation>لم يُحلّ التعارض.</translation>
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
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
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
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Delete this contact? Its history stays in the vault.</source>
        <translation>هل تريد حذف جهة الاتصال هذه؟ يبقى سجلها في الخزنة.</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>لم يُحذف: {reason}</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationDialog</name>
    <message>
        <source>Set up this vault as HQ</source>
        <translation>إعداد هذه الخزنة بوصفها المقر الرئيسي</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>اسم المنظمة:</translation>
    </message>
    <message>
        <source>Where to save the profile file</source>
        <translation>مكان حفظ ملف التعريف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose where to save the profile file</source>
        <translation>اختيار مكان حفظ ملف التعريف</translation>
    </message>
    <message>
        <source>Profile file:</source>
        <translation>ملف التعريف:</translation>
    </message>
    <message>
        <source>Hand this file to every field officer (it holds no secret). They join with it and with HQ&apos;s fingerprint, which you read to them by phone.</source>
        <translation>سلّم هذا الملف إلى كل موظف ميداني (فهو لا يحتوي على أي سر). ينضمون به وبالبصمة الخاصة بالمقر الرئيسي، التي تقرؤها لهم عبر الهاتف.</translation>
    </message>
    <message>
        <source>Where to save HQ&apos;s identity backup</source>
        <translation>مكان حفظ النسخة الاحتياطية لهوية المقر الرئيسي</translation>
    </message>
    <message>
        <source>Choose where to save HQ&apos;s identity backup</source>
        <translation>اختيار مكان حفظ النسخة الاحتياطية لهوية المقر الرئيسي</translation>
    </message>
    <message>
        <source>Identity backup:</source>
        <translation>النسخة الاحتياطية للهوية:</translation>
    </message>
    <message>
        <source>The identity backup is HQ&apos;s secret key: with it anyone can read every bundle sent to HQ, and without it HQ cannot open them if this vault is lost. Save it on a removable medium, keep that offline and locked away, and delete any other copy.</source>
        <translation>النسخة الاحتياطية للهوية هي المفتاح السري للمقر الرئيسي: بها يستطيع أي شخص قراءة كل الحزم المرسلة إلى المقر الرئيسي، ومن دونها لا يستطيع المقر الرئيسي فتحها إذا فُقدت هذه الخزنة. احفظها على وسيط قابل للإزالة، وأبقِه غير متصل بالشبكة ومقفلًا عليه، واحذف أي نسخة أخرى.</translation>
    </message>
    <message>
        <source>I will keep the identity backup offline and safe</source>
        <translation>سأحفظ النسخة الاحتياطية للهوية غير متصلة بالشبكة وفي مكان آمن</translation>
    </message>
    <message>
        <source>I will keep the identity backup offline</source>
        <translation>سأحفظ النسخة الاحتياطية للهوية غير متصلة بالشبكة</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>بصمة المقر الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Create the organisation</source>
        <translation>إنشاء المنظمة</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>إنشاء المنظمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel setting up HQ</source>
        <translation>إلغاء إعداد المقر الرئيسي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Close: the organisation is set up</source>
        <translation>إغلاق: اكتمل إعداد المنظمة</translation>
    </message>
    <message>
        <source>Save the organisation profile</source>
        <translation>حفظ ملف تعريف المنظمة</translation>
    </message>
    <message>
        <source>Organisation profiles (*.fporg)</source>
        <translation>ملفات تعريف المنظمات (*.fporg)</translation>
    </message>
    <message>
        <source>Save HQ&apos;s identity backup (keep it offline)</source>
        <translation>حفظ النسخة الاحتياطية لهوية المقر الرئيسي (احفظها غير متصلة بالشبكة)</translation>
    </message>
    <message>
        <source>Identity backups (*.txt)</source>
        <translation>النسخ الاحتياطية للهوية (*.txt)</translation>
    </message>
    <message>
        <source>The profile and the identity backup must be two different files.</source>
        <translation>يجب أن يكون ملف التعريف والنسخة الاحتياطية للهوية ملفين مختلفين.</translation>
    </message>
    <message>
        <source>{name} is set up and this vault is its HQ. The profile is saved as {profile}; move the identity backup {backup} offline now.

HQ&apos;s fingerprint, to read to each field officer when they join:</source>
        <translation>اكتمل إعداد {name} وأصبحت هذه الخزنة مقرها الرئيسي. حُفظ ملف التعريف باسم {profile}؛ انقل الآن النسخة الاحتياطية للهوية {backup} إلى وسيط غير متصل بالشبكة.

بصمة المقر الرئيسي، لقراءتها على كل موظف ميداني عند انضمامه:</translation>
    </message>
    <message>
        <source>Not set up: {reason}</source>
        <translation>لم يكتمل الإعداد: {reason}</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>جارٍ الإعداد…</translation>
    </message>
    <message>
        <source>Setting up the organisation…</source>
        <translation>جارٍ إعداد المنظمة…</translation>
    </message>
</context>
<context>
    <name>DeviceConfirmDialog</name>
    <message>
        <source>Enrol a new device?</source>
        <translation>تسجيل جهاز جديد؟</translation>
    </message>
    <message>
        <source>{files} comes from device {device}, which HQ has not enrolled yet.

Call the person who sent it and ask them to read the fingerprint shown on their Sync page. Enrol the device only if every character matches:</source>
        <translation>{files} وارد من الجهاز {device}، الذي لم يسجّله المقر الرئيسي بعد.

اتصل بالشخص الذي أرسله واطلب منه قراءة البصمة الظاهرة في صفحة المزامنة لديه. لا تسجّل الجهاز إلا إذا تطابق كل حرف:</translation>
    </message>
    <message>
        <source>Fingerprint of the new device</source>
        <translation>بصمة الجهاز الجديد</translation>
    </message>
    <message>
        <source>If it does not match, do not enrol it: someone else may have made this bundle. Nothing from it is imported unless you enrol the device.</source>
        <translation>إذا لم تتطابق، فلا تسجّله: ربما أنشأ شخص آخر هذه الحزمة. لن يُستورد منها شيء ما لم تسجّل الجهاز.</translation>
    </message>
    <message>
        <source>The fingerprint matches: enrol</source>
        <translation>البصمة متطابقة: تسجيل</translation>
    </message>
    <message>
        <source>Enrol the device: the fingerprint matches</source>
        <translation>تسجيل الجهاز: البصمة متطابقة</translation>
    </message>
    <message>
        <source>Do not enrol</source>
        <translation>عدم التسجيل</translation>
    </message>
    <message>
        <source>Do not enrol the device</source>
        <translation>عدم تسجيل الجهاز</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>آخر حزمة</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>مُستلم حتى</translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation>التغييرات المفقودة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>missing {changes}</source>
        <translation>مفقودة: {changes}</translation>
    </message>
    <message>
        <source>Changes {changes} from this device never arrived. Ask its user to export a full bundle.</source>
        <translation>لم تصل قط التغييرات {changes} من هذا الجهاز. اطلب من مستخدمه تصدير حزمة كاملة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) received</source>
        <translation>
            <numerusform>لم تُستلم أي حزمة</numerusform>
            <numerusform>استُلمت حزمة واحدة</numerusform>
            <numerusform>استُلمت حزمتان</numerusform>
            <numerusform>استُلمت %Ln حزم</numerusform>
            <numerusform>استُلمت %Ln حزمة</numerusform>
            <numerusform>استُلمت %Ln حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Read it aloud with the device&apos;s user to check it is theirs.</source>
        <translation>اقرأها بصوت عالٍ مع مستخدم الجهاز للتحقق من أنه جهازه.</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Enrolled devices</source>
        <translation>الأجهزة المسجّلة</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the device list again</source>
        <translation>إعادة قراءة قائمة الأجهزة</translation>
    </message>
    <message>
        <source>&amp;Assign partners…</source>
        <translation>إسناد شركاء…</translation>
    </message>
    <message>
        <source>Assign partners to the selected device</source>
        <translation>إسناد شركاء إلى الجهاز المحدد</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>إلغاء تسجيل الجهاز المحدد</translation>
    </message>
    <message>
        <source>Only HQ&apos;s vault enrols field devices. This vault is not an organisation&apos;s HQ, so it has no devices to show.</source>
        <translation>لا تسجّل الأجهزة الميدانية إلا خزنة المقر الرئيسي. وهذه الخزنة ليست مقرًا رئيسيًا لأي منظمة، لذا لا توجد أجهزة لعرضها.</translation>
    </message>
    <message>
        <source>No device is enrolled yet. A device is enrolled when HQ imports its first bundle and confirms its fingerprint.</source>
        <translation>لم يُسجَّل أي جهاز بعد. يُسجَّل الجهاز عندما يستورد المقر الرئيسي أول حزمة منه ويؤكد بصمته.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>لا أجهزة</numerusform>
            <numerusform>جهاز واحد</numerusform>
            <numerusform>جهازان</numerusform>
            <numerusform>%Ln أجهزة</numerusform>
            <numerusform>%Ln جهازًا</numerusform>
            <numerusform>%Ln جهاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln revoked</source>
        <translation>
            <numerusform>، لا شيء منها مُلغى</numerusform>
            <numerusform>، منها واحد مُلغى</numerusform>
            <numerusform>، منها اثنان مُلغيان</numerusform>
            <numerusform>، منها %Ln مُلغاة</numerusform>
            <numerusform>، منها %Ln مُلغى</numerusform>
            <numerusform>، منها %Ln مُلغى</numerusform>
        </translation>
    </message>
    <message>
        <source>Device {device} revoked: its bundles are refused from now on.</source>
        <translation>أُلغي تسجيل الجهاز {device}: ستُرفض حزمه من الآن فصاعدًا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) assigned to device {device}; they go with HQ&apos;s next bundle to it.</source>
        <translation>
            <numerusform>لم يُسند أي شريك إلى الجهاز {device}.</numerusform>
            <numerusform>أُسند شريك واحد إلى الجهاز {device}؛ وسيُرسل مع الحزمة التالية من المقر الرئيسي إليه.</numerusform>
            <numerusform>أُسند شريكان إلى الجهاز {device}؛ وسيُرسلان مع الحزمة التالية من المقر الرئيسي إليه.</numerusform>
            <numerusform>أُسند %Ln شركاء إلى الجهاز {device}؛ وسيُرسلون مع الحزمة التالية من المقر الرئيسي إليه.</numerusform>
            <numerusform>أُسند %Ln شريكًا إلى الجهاز {device}؛ وسيُرسلون مع الحزمة التالية من المقر الرئيسي إليه.</numerusform>
            <numerusform>أُسند %Ln شريك إلى الجهاز {device}؛ وسيُرسلون مع الحزمة التالية من المقر الرئيسي إليه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) no longer sent to device {device}; it keeps the copies it has.</source>
        <translation>
            <numerusform>لم يُسحب أي شريك من الجهاز {device}.</numerusform>
            <numerusform>لم يعد شريك واحد يُرسل إلى الجهاز {device}؛ ويحتفظ الجهاز بالنسخ الموجودة لديه.</numerusform>
            <numerusform>لم يعد شريكان يُرسلان إلى الجهاز {device}؛ ويحتفظ الجهاز بالنسخ الموجودة لديه.</numerusform>
            <numerusform>لم يعد %Ln شركاء يُرسلون إلى الجهاز {device}؛ ويحتفظ الجهاز بالنسخ الموجودة لديه.</numerusform>
            <numerusform>لم يعد %Ln شريكًا يُرسلون إلى الجهاز {device}؛ ويحتفظ الجهاز بالنسخ الموجودة لديه.</numerusform>
            <numerusform>لم يعد %Ln شريك يُرسلون إلى الجهاز {device}؛ ويحتفظ الجهاز بالنسخ الموجودة لديه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning partners…</source>
        <translation>جارٍ إسناد الشركاء…</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Never held</source>
        <translation>لم يُعقد قط</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln day(s) overdue)</source>
        <translation>
            <numerusform>{date} (متأخر %Ln يوم)</numerusform>
            <numerusform>{date} (متأخر يومًا واحدًا)</numerusform>
            <numerusform>{date} (متأخر يومين)</numerusform>
            <numerusform>{date} (متأخر %Ln أيام)</numerusform>
            <numerusform>{date} (متأخر %Ln يومًا)</numerusform>
            <numerusform>{date} (متأخر %Ln يوم)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>Send</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Device to send the bundle to</source>
        <translation>الجهاز المراد إرسال الحزمة إليه</translation>
    </message>
    <message>
        <source>&amp;Full export (everything, not only changes)</source>
        <translation>تصدير كامل (كل شيء، لا التغييرات فقط)</translation>
    </message>
    <message>
        <source>Full export: everything, not only changes</source>
        <translation>تصدير كامل: كل شيء، لا التغييرات فقط</translation>
    </message>
    <message>
        <source>Send a device the templates, the partners assigned to it and what changed at HQ. Only that device (and this vault) can open the bundle.</source>
        <translation>أرسل إلى جهاز النماذجَ والشركاءَ المسندين إليه وما تغيّر في المقر الرئيسي. لا يستطيع فتح الحزمة إلا ذلك الجهاز (وهذه الخزنة).</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>الجهاز:</translation>
    </message>
    <message>
        <source>&amp;Export for the device…</source>
        <translation>تصدير للجهاز…</translation>
    </message>
    <message>
        <source>Export a bundle for the chosen device</source>
        <translation>تصدير حزمة للجهاز المختار</translation>
    </message>
    <message>
        <source>Send HQ everything you changed since your last bundle. Only HQ (and this vault) can open it; carry it on a USB stick or send it as an attachment.</source>
        <translation>أرسل إلى المقر الرئيسي كل ما غيّرته منذ حزمتك الأخيرة. لا يستطيع فتحها إلا المقر الرئيسي (وهذه الخزنة)؛ انقلها على ذاكرة USB أو أرسلها مرفقًا.</translation>
    </message>
    <message>
        <source>&amp;Send to HQ…</source>
        <translation>إرسال إلى المقر الرئيسي…</translation>
    </message>
    <message>
        <source>Export a bundle for HQ</source>
        <translation>تصدير حزمة للمقر الرئيسي</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Import bundles from the field devices. Choose as many files as you have; you see what each will change before anything is applied.</source>
        <translation>استورد الحزم من الأجهزة الميدانية. اختر كل ما لديك من ملفات؛ سترى ما ستغيّره كل حزمة قبل تطبيق أي شيء.</translation>
    </message>
    <message>
        <source>Import the bundles HQ sent you. You see what each will change before anything is applied.</source>
        <translation>استورد الحزم التي أرسلها إليك المقر الرئيسي. سترى ما ستغيّره كل حزمة قبل تطبيق أي شيء.</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>استيراد حزم…</translation>
    </message>
    <message>
        <source>Choose bundle files to import</source>
        <translation>اختيار ملفات الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>What happened to each imported bundle</source>
        <translation>ما جرى لكل حزمة مستوردة</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Device {id} · {fingerprint}</source>
        <translation>الجهاز {id} · {fingerprint}</translation>
    </message>
    <message>
        <source>No device is enrolled yet: a device is enrolled when you import its first bundle and confirm its fingerprint.</source>
        <translation>لم يُسجَّل أي جهاز بعد: يُسجَّل الجهاز عندما تستورد أول حزمة منه وتؤكد بصمته.</translation>
    </message>
    <message>
        <source>Looking at what to send…</source>
        <translation>جارٍ تحديد ما يجب إرساله…</translation>
    </message>
    <message>
        <source>Choose where to save the bundle (e.g. a USB stick)</source>
        <translation>اختيار مكان حفظ الحزمة (مثل ذاكرة USB)</translation>
    </message>
    <message>
        <source>Not sent: no folder chosen.</source>
        <translation>لم يُرسل: لم يُختر أي مجلد.</translation>
    </message>
    <message>
        <source>The folder is not there (was the stick removed?)</source>
        <translation>المجلد غير موجود (هل أُزيلت ذاكرة USB؟)</translation>
    </message>
    <message>
        <source>Saved {file} for {who}: </source>
        <translation>حُفظ {file} لـ{who}: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), </source>
        <translation>
            <numerusform>لا سجلات، </numerusform>
            <numerusform>سجل واحد، </numerusform>
            <numerusform>سجلان، </numerusform>
            <numerusform>%Ln سجلات، </numerusform>
            <numerusform>%Ln سجلًا، </numerusform>
            <numerusform>%Ln سجل، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s).</source>
        <translation>
            <numerusform>لا مرفقات.</numerusform>
            <numerusform>مرفق واحد.</numerusform>
            <numerusform>مرفقان.</numerusform>
            <numerusform>%Ln مرفقات.</numerusform>
            <numerusform>%Ln مرفقًا.</numerusform>
            <numerusform>%Ln مرفق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle saved: {file}</source>
        <translation>حُفظت الحزمة: {file}</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>لم يُرسل: {reason}</translation>
    </message>
    <message>
        <source>Choose the bundles to import</source>
        <translation>اختيار الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>FieldPartner bundles (*.fpbundle);;All files (*)</source>
        <translation>حزم FieldPartner (*.fpbundle);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking the bundles…</source>
        <translation>جارٍ التحقق من الحزم…</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Importing the bundles…</source>
        <translation>جارٍ استيراد الحزم…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) imported</source>
        <translation>
            <numerusform>لم تُستورد أي حزمة</numerusform>
            <numerusform>استُوردت حزمة واحدة</numerusform>
            <numerusform>استُوردت حزمتان</numerusform>
            <numerusform>استُوردت %Ln حزم</numerusform>
            <numerusform>استُوردت %Ln حزمة</numerusform>
            <numerusform>استُوردت %Ln حزمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>لا شيء مستورد من قبل</numerusform>
            <numerusform>واحدة مستوردة من قبل</numerusform>
            <numerusform>اثنتان مستوردتان من قبل</numerusform>
            <numerusform>%Ln مستوردة من قبل</numerusform>
            <numerusform>%Ln مستوردة من قبل</numerusform>
            <numerusform>%Ln مستوردة من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>لا شيء غير مستورد</numerusform>
            <numerusform>واحدة لم تُستورد</numerusform>
            <numerusform>اثنتان لم تُستوردا</numerusform>
            <numerusform>%Ln لم تُستورد</numerusform>
            <numerusform>%Ln لم تُستورد</numerusform>
            <numerusform>%Ln لم تُستورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <source>Already imported; nothing changed</source>
        <translation>مستوردة من قبل؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم تُستورد</translation>
    </message>
    <message>
        <source>Refused; nothing changed</source>
        <translation>مرفوضة؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed</source>
        <translation>أُلغيت؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>سُجّل</translation>
    </message>
    <message>
        <source>the new device with fingerprint {fingerprint}</source>
        <translation>الجهاز الجديد ذو البصمة {fingerprint}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to resolve on the Conflicts tab</source>
        <translation>
            <numerusform>لا شيء لحلّه في تبويب التعارضات</numerusform>
            <numerusform>واحد لحلّه في تبويب التعارضات</numerusform>
            <numerusform>اثنان لحلّهما في تبويب التعارضات</numerusform>
            <numerusform>%Ln لحلّها في تبويب التعارضات</numerusform>
            <numerusform>%Ln لحلّها في تبويب التعارضات</numerusform>
            <numerusform>%Ln لحلّها في تبويب التعارضات</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>changes {range} of this sender never arrived: ask for the missing bundle or a full export</source>
        <translation>لم تصل قط التغييرات {range} من هذا المرسل: اطلب الحزمة المفقودة أو تصديرًا كاملًا</translation>
    </message>
    <message>
        <source>Nothing imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>Send a bundle</source>
        <translation>إرسال حزمة</translation>
    </message>
    <message>
        <source>Everything in this vault (a full export)</source>
        <translation>كل ما في هذه الخزنة (تصدير كامل)</translation>
    </message>
    <message>
        <source>The changes they have not confirmed receiving yet (changes {range})</source>
        <translation>التغييرات التي لم يؤكَّد استلامها بعد (التغييرات {range})</translation>
    </message>
    <message>
        <source>To: {recipient}
What: {what}</source>
        <translation>إلى: {recipient}
المحتوى: {what}</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>السجلات في الحزمة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) with their history, </source>
        <translation>
            <numerusform>لا سجلات، </numerusform>
            <numerusform>سجل واحد مع تاريخه، </numerusform>
            <numerusform>سجلان مع تاريخهما، </numerusform>
            <numerusform>%Ln سجلات مع تاريخها، </numerusform>
            <numerusform>%Ln سجلًا مع تاريخها، </numerusform>
            <numerusform>%Ln سجل مع تاريخها، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>لا مرفقات</numerusform>
            <numerusform>مرفق واحد</numerusform>
            <numerusform>مرفقان</numerusform>
            <numerusform>%Ln مرفقات</numerusform>
            <numerusform>%Ln مرفقًا</numerusform>
            <numerusform>%Ln مرفق</numerusform>
        </translation>
    </message>
    <message>
        <source> ({size})</source>
        <translation> ({size})</translation>
    </message>
    <message>
        <source>They already have everything this vault sends them. You can still send a bundle (it tells them what you received), or tick Full export to send everything again.</source>
        <translation>لدى المستلم بالفعل كل ما ترسله إليه هذه الخزنة. لا يزال بإمكانك إرسال حزمة (تُعلمه بما استلمته)، أو تحديد «تصدير كامل» لإرسال كل شيء من جديد.</translation>
    </message>
    <message>
        <source>The bundle is encrypted: only they and this vault can open it. Next you choose where to save it, for example a USB stick.</source>
        <translation>الحزمة مشفّرة: لا يستطيع فتحها إلا المستلم وهذه الخزنة. ستختار بعد ذلك مكان حفظها، مثل ذاكرة USB.</translation>
    </message>
    <message>
        <source>Choose a folder and save…</source>
        <translation>اختيار مجلد والحفظ…</translation>
    </message>
    <message>
        <source>Choose a folder and save the bundle</source>
        <translation>اختيار مجلد وحفظ الحزمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>إلغاء الإرسال</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Choice for {field}</source>
        <translation>الاختيار لـ{field}</translation>
    </message>
    <message>
        <source>Keep local</source>
        <translation>الإبقاء على المحلي</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>اعتماد الوارد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>JSON, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>JSON، مثل [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>New value of {field}</source>
        <translation>القيمة الجديدة لـ{field}</translation>
    </message>
    <message>
        <source>The record holds this value until the conflict is resolved.</source>
        <translation>يحتفظ السجل بهذه القيمة إلى أن يُحلّ التعارض.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>FieldPartner guide</source>
        <translation>دليل FieldPartner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>إغلاق الدليل</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Bundles sent and received</source>
        <translation>الحزم المرسلة والمستلمة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) sent, </source>
        <translation>
            <numerusform>لم تُرسل أي حزمة، </numerusform>
            <numerusform>أُرسلت حزمة واحدة، </numerusform>
            <numerusform>أُرسلت حزمتان، </numerusform>
            <numerusform>أُرسلت %Ln حزم، </numerusform>
            <numerusform>أُرسلت %Ln حزمة، </numerusform>
            <numerusform>أُرسلت %Ln حزمة، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received.</source>
        <translation>
            <numerusform>ولم تُستلم أي حزمة.</numerusform>
            <numerusform>واستُلمت واحدة.</numerusform>
            <numerusform>واستُلمت اثنتان.</numerusform>
            <numerusform>واستُلمت %Ln.</numerusform>
            <numerusform>واستُلمت %Ln.</numerusform>
            <numerusform>واستُلمت %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle sent or received yet.</source>
        <translation>لم تُرسل أو تُستلم أي حزمة بعد.</translation>
    </message>
    <message>
        <source>Show older bundles</source>
        <translation>عرض الحزم الأقدم</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مُستلمة</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>التغييرات فقط</translation>
    </message>
    <message>
        <source>Bundle made {time}</source>
        <translation>أُنشئت الحزمة في {time}</translation>
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
    <name>HqConnectDialog</name>
    <message>
        <source>Connect to HQ database</source>
        <translation>الاتصال بقاعدة بيانات المقر</translation>
    </message>
    <message>
        <source>Headquarters&apos; shared database. Connect with your own database login: your changes are recorded under it, and it decides what you may do.</source>
        <translation>قاعدة البيانات المشتركة للمقر. اتصل باسم الدخول الخاص بك إلى قاعدة البيانات: تُسجَّل تغييراتك باسمه، وهو يحدد ما يمكنك فعله.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>عنوان قاعدة البيانات</translation>
    </message>
    <message>
        <source>HQ passphrase</source>
        <translation>عبارة مرور المقر</translation>
    </message>
    <message>
        <source>Database &amp;address:</source>
        <translation>&amp;عنوان قاعدة البيانات:</translation>
    </message>
    <message>
        <source>HQ &amp;passphrase:</source>
        <translation>&amp;عبارة مرور المقر:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;اتصال</translation>
    </message>
    <message>
        <source>Give the database&apos;s address, starting with postgresql://</source>
        <translation>أدخل عنوان قاعدة البيانات، ويبدأ بـ postgresql://</translation>
    </message>
    <message>
        <source>Enter the HQ passphrase.</source>
        <translation>أدخل عبارة مرور المقر.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>لم يتم الاتصال: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) chosen: </source>
        <translation>
            <numerusform>لم تُختر أي حزمة: </numerusform>
            <numerusform>اختيرت حزمة واحدة: </numerusform>
            <numerusform>اختيرت حزمتان: </numerusform>
            <numerusform>اختيرت %Ln حزم: </numerusform>
            <numerusform>اختيرت %Ln حزمة: </numerusform>
            <numerusform>اختيرت %Ln حزمة: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to import.</source>
        <translation>
            <numerusform>لا شيء للاستيراد.</numerusform>
            <numerusform>واحدة للاستيراد.</numerusform>
            <numerusform>اثنتان للاستيراد.</numerusform>
            <numerusform>%Ln للاستيراد.</numerusform>
            <numerusform>%Ln للاستيراد.</numerusform>
            <numerusform>%Ln للاستيراد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each bundle is imported whole or not at all.</source>
        <translation>تُستورد كل حزمة كاملةً أو لا تُستورد إطلاقًا.</translation>
    </message>
    <message>
        <source>What each bundle will change</source>
        <translation>ما ستغيّره كل حزمة</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln bundle(s)</source>
        <translation>
            <numerusform>عدم استيراد أي حزمة</numerusform>
            <numerusform>استيراد حزمة واحدة</numerusform>
            <numerusform>استيراد حزمتين</numerusform>
            <numerusform>استيراد %Ln حزم</numerusform>
            <numerusform>استيراد %Ln حزمة</numerusform>
            <numerusform>استيراد %Ln حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundles listed as ready</source>
        <translation>استيراد الحزم المدرجة على أنها جاهزة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>إلغاء: عدم استيراد أي شيء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>{who} ({role}), fingerprint {fingerprint}</source>
        <translation>{who} ({role})، البصمة {fingerprint}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field conflict(s) to resolve on the Conflicts tab</source>
        <translation>
            <numerusform>لا تعارضات في الحقول</numerusform>
            <numerusform>تعارض واحد في الحقول لحلّه في تبويب التعارضات</numerusform>
            <numerusform>تعارضان في الحقول لحلّهما في تبويب التعارضات</numerusform>
            <numerusform>%Ln تعارضات في الحقول لحلّها في تبويب التعارضات</numerusform>
            <numerusform>%Ln تعارضًا في الحقول لحلّها في تبويب التعارضات</numerusform>
            <numerusform>%Ln تعارض في الحقول لحلّها في تبويب التعارضات</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>changes {range} of this sender never arrived: ask for the missing bundle or a full export</source>
        <translation>لم تصل قط التغييرات {range} من هذا المرسل: اطلب الحزمة المفقودة أو تصديرًا كاملًا</translation>
    </message>
    <message>
        <source>Refused; it cannot be imported</source>
        <translation>مرفوضة؛ لا يمكن استيرادها</translation>
    </message>
    <message>
        <source>The same bundle as {file}; imported once</source>
        <translation>الحزمة نفسها مثل {file}؛ تُستورد مرة واحدة</translation>
    </message>
    <message>
        <source>Not imported: you did not enrol the device</source>
        <translation>لم تُستورد: لم تسجّل الجهاز</translation>
    </message>
    <message>
        <source>Already imported: nothing will change</source>
        <translation>مستوردة من قبل: لن يتغيّر شيء</translation>
    </message>
    <message>
        <source>Ready; enrols the new device you confirmed</source>
        <translation>جاهزة؛ ستسجّل الجهاز الجديد الذي أكدته</translation>
    </message>
    <message>
        <source>Ready; nothing new in it</source>
        <translation>جاهزة؛ لا جديد فيها</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>جاهزة للاستيراد</translation>
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
        <source>Worked out by the application from the partner&apos;s records.</source>
        <translation>يحسبه التطبيق من سجلات الشريك.</translation>
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
    <name>JoinOrganisationDialog</name>
    <message>
        <source>Join an organisation</source>
        <translation>الانضمام إلى منظمة</translation>
    </message>
    <message>
        <source>1. Choose the organisation profile file HQ gave you (*.fporg).
2. Call HQ. Type the fingerprint HQ reads to you, character by character.</source>
        <translation>1. اختر ملف تعريف المنظمة الذي سلّمك إياه المقر الرئيسي (*.fporg).
2. اتصل بالمقر الرئيسي. اكتب البصمة التي يقرؤها لك المقر الرئيسي، حرفًا حرفًا.</translation>
    </message>
    <message>
        <source>Organisation profile file</source>
        <translation>ملف تعريف المنظمة</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the organisation profile file</source>
        <translation>اختيار ملف تعريف المنظمة</translation>
    </message>
    <message>
        <source>Profile file:</source>
        <translation>ملف التعريف:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>المنظمة:</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint, as read to you by HQ</source>
        <translation>بصمة المقر الرئيسي كما يقرؤها لك المقر الرئيسي</translation>
    </message>
    <message>
        <source>HQ&apos;s &amp;fingerprint:</source>
        <translation>بصمة المقر الرئيسي:</translation>
    </message>
    <message>
        <source>Let HQ open this vault if the passphrase and recovery key are both lost</source>
        <translation>السماح للمقر الرئيسي بفتح هذه الخزنة إذا فُقدت عبارة المرور ومفتاح الاسترداد كلاهما</translation>
    </message>
    <message>
        <source>HQ escrow of this vault&apos;s key</source>
        <translation>إيداع مفتاح هذه الخزنة لدى المقر الرئيسي</translation>
    </message>
    <message>
        <source>Stores this vault&apos;s key encrypted to HQ in the vault&apos;s header, so HQ can recover the vault with its identity backup.</source>
        <translation>يحفظ مفتاح هذه الخزنة مشفّرًا للمقر الرئيسي في ترويسة الخزنة، ليتمكّن المقر الرئيسي من استرداد الخزنة بنسخته الاحتياطية للهوية.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation>الانضمام إلى المنظمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>إلغاء الانضمام</translation>
    </message>
    <message>
        <source>Choose the organisation profile</source>
        <translation>اختيار ملف تعريف المنظمة</translation>
    </message>
    <message>
        <source>Organisation profiles (*.fporg);;All files (*)</source>
        <translation>ملفات تعريف المنظمات (*.fporg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the profile…</source>
        <translation>جارٍ قراءة ملف التعريف…</translation>
    </message>
    <message>
        <source>{name} (profile made {time})</source>
        <translation>{name} (أُنشئ ملف التعريف في {time})</translation>
    </message>
    <message>
        <source>Now type the fingerprint HQ reads to you.</source>
        <translation>اكتب الآن البصمة التي يقرؤها لك المقر الرئيسي.</translation>
    </message>
    <message>
        <source>This file cannot be used: {reason}</source>
        <translation>لا يمكن استخدام هذا الملف: {reason}</translation>
    </message>
    <message>
        <source>This is not the fingerprint in the profile. Do not join: call HQ again and check it. If HQ reads the same fingerprint, the profile file may have been replaced; ask HQ for a new copy.</source>
        <translation>هذه ليست البصمة الواردة في ملف التعريف. لا تنضم: اتصل بالمقر الرئيسي مجددًا وتحقّق منها. إذا قرأ المقر الرئيسي البصمة نفسها، فربما استُبدل ملف التعريف؛ اطلب من المقر الرئيسي نسخة جديدة.</translation>
    </message>
    <message>
        <source>Not joined: {reason}</source>
        <translation>لم يتم الانضمام: {reason}</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>جارٍ الانضمام…</translation>
    </message>
    <message>
        <source>Joining the organisation…</source>
        <translation>جارٍ الانضمام إلى المنظمة…</translation>
    </message>
</context>
<context>
    <name>KeepPhotoDetails</name>
    <message>
        <source>Keep photos&apos; location and camera details</source>
        <translation>الاحتفاظ بموقع الصور وبيانات الكاميرا</translation>
    </message>
    <message>
        <source>Keep the location and camera details of photos added now</source>
        <translation>الاحتفاظ بموقع الصور المضافة الآن وبيانات الكاميرا</translation>
    </message>
    <message>
        <source>Off: photos are stored without their GPS position, camera and time taken. On: they keep them, and bundles to HQ carry them.</source>
        <translation>عند الإيقاف: تُحفظ الصور دون موقع GPS والكاميرا ووقت الالتقاط. عند التشغيل: تحتفظ بها، وتنقلها الحزم المرسلة إلى المقر.</translation>
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
        <source>Before a &amp;border crossing…</source>
        <translation>قبل عبور ال&amp;حدود…</translation>
    </message>
    <message>
        <source>Send HQ what it lacks, then remove records from this laptop</source>
        <translation>أرسل إلى المقر ما ينقصه ثم أزل السجلات من هذا الحاسوب</translation>
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
        <source>Connect to &amp;HQ database…</source>
        <translation>الاتصال بقاعدة بيانات ال&amp;مقر…</translation>
    </message>
    <message>
        <source>Open headquarters&apos; shared database in a window of its own</source>
        <translation>فتح قاعدة البيانات المشتركة للمقر في نافذة خاصة بها</translation>
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
        <source>&amp;Problem report…</source>
        <translation>&amp;تقرير المشكلات…</translation>
    </message>
    <message>
        <source>What went wrong recently, to copy for whoever supports FieldPartner</source>
        <translation>ما تعطّل مؤخرًا، لنسخه إلى من يتولى دعم FieldPartner</translation>
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
    <message>
        <source>HQ database · {person} ({role})</source>
        <translation>قاعدة بيانات المقر · {person} ({role})</translation>
    </message>
    <message>
        <source>Only for a vault on this computer: HQ&apos;s database is kept by its server (backups, access and encryption: see the operator&apos;s guide)</source>
        <translation>فقط لخزنة على هذا الحاسوب: يتولى خادم قاعدة بيانات المقر حفظها (النسخ الاحتياطية والوصول والتشفير: انظر دليل المشغّل)</translation>
    </message>
    <message>
        <source>Read only: you may look at everything, not change it</source>
        <translation>للقراءة فقط: يمكنك الاطلاع على كل شيء دون تغييره</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي شريك</numerusform>
            <numerusform>عُثر على شريك واحد</numerusform>
            <numerusform>عُثر على شريكين</numerusform>
            <numerusform>عُثر على %Ln شركاء</numerusform>
            <numerusform>عُثر على %Ln شريكًا</numerusform>
            <numerusform>عُثر على %Ln شريك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>لا شركاء</numerusform>
            <numerusform>شريك واحد</numerusform>
            <numerusform>شريكان</numerusform>
            <numerusform>%Ln شركاء</numerusform>
            <numerusform>%Ln شريكًا</numerusform>
            <numerusform>%Ln شريك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for the import to finish</source>
        <translation>
            <numerusform>لا تغييرات تنتظر انتهاء الاستيراد</numerusform>
            <numerusform>تغيير واحد ينتظر انتهاء الاستيراد</numerusform>
            <numerusform>تغييران ينتظران انتهاء الاستيراد</numerusform>
            <numerusform>%Ln تغييرات تنتظر انتهاء الاستيراد</numerusform>
            <numerusform>%Ln تغييرًا ينتظر انتهاء الاستيراد</numerusform>
            <numerusform>%Ln تغيير ينتظر انتهاء الاستيراد</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing: changes you make now are saved after it</source>
        <translation>جارٍ الاستيراد: التغييرات التي تجريها الآن تُحفظ بعده</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Locks in {time}</source>
        <translation>القفل بعد {time}</translation>
    </message>
    <message>
        <source>FieldPartner</source>
        <translation>FieldPartner</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>نسخ احتياطي…</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault for a USB stick or another disk</source>
        <translation>نسخة مشفرة من الخزنة لذاكرة USB أو قرص آخر</translation>
    </message>
    <message>
        <source>&amp;Import partners from a spreadsheet…</source>
        <translation>استيراد الشركاء من جدول بيانات…</translation>
    </message>
    <message>
        <source>Partners and contacts from an .xlsx or .csv file, checked before anything is saved</source>
        <translation>الشركاء وجهات الاتصال من ملف .xlsx أو .csv، تُفحص قبل حفظ أي شيء</translation>
    </message>
    <message>
        <source>Import an assessment &amp;template…</source>
        <translation>استيراد نموذج تقييم…</translation>
    </message>
    <message>
        <source>Check a template file, preview it, then add it to the vault</source>
        <translation>فحص ملف نموذج ومعاينته ثم إضافته إلى الخزنة</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before still open with the old one: make a new backup.</source>
        <translation>تم تغيير عبارة المرور. النسخ الاحتياطية السابقة ما زالت تُفتح بالعبارة القديمة: أنشئ نسخة احتياطية جديدة.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Search this page&apos;s list, or the partners from a page without one</source>
        <translation>البحث في قائمة هذه الصفحة، أو في الشركاء من صفحة بلا قائمة</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>A short guide to FieldPartner&apos;s first steps</source>
        <translation>دليل قصير للخطوات الأولى في FieldPartner</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
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
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>التكرار:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
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
        <source>Too easy to guess: use four or more unrelated words.</source>
        <translation>سهلة التخمين جدًا: استخدم أربع كلمات أو أكثر لا رابط بينها.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
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
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
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
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override a result</source>
        <translation>تعديل نتيجة</translation>
    </message>
    <message>
        <source>Result to override</source>
        <translation>النتيجة المراد تعديلها</translation>
    </message>
    <message>
        <source>Overall result</source>
        <translation>النتيجة الإجمالية</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;النتيجة:</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>المحسوبة:</translation>
    </message>
    <message>
        <source>New rating or level</source>
        <translation>التصنيف أو المستوى الجديد</translation>
    </message>
    <message>
        <source>&amp;Set to:</source>
        <translation>&amp;تحديد إلى:</translation>
    </message>
    <message>
        <source>Why the result is overridden</source>
        <translation>سبب تعديل النتيجة</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;المبرر:</translation>
    </message>
    <message>
        <source>Override the result</source>
        <translation>تعديل النتيجة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PartnerImportDialog</name>
    <message>
        <source>Import partners from a spreadsheet</source>
        <translation>استيراد الشركاء من جدول بيانات</translation>
    </message>
    <message>
        <source>Partners and their contacts from an .xlsx or .csv file: one row per partner, or one row per contact with the partner&apos;s name repeated. Nothing is imported until every row passes the checks.</source>
        <translation>الشركاء وجهات الاتصال الخاصة بهم من ملف .xlsx أو .csv: صف لكل شريك، أو صف لكل جهة اتصال مع تكرار اسم الشريك. لا يُستورد شيء حتى تجتاز كل الصفوف الفحوص.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>ملف جدول البيانات</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>اختيار جدول البيانات</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>تُستورد بوصفها</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Check every row without importing</source>
        <translation>فحص كل صف دون استيراد</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>استيراد كل الصفوف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <source>&amp;Refused rows:</source>
        <translation>الصفوف المرفوضة:</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>اختيار جدول بيانات</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>جداول البيانات (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>الحقل للعمود {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا تُستورد)</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}. Check the columns, then press Check.</source>
        <translation>قُرئ {rows} صفًا من {file}. راجع الأعمدة ثم اضغط فحص.</translation>
    </message>
    <message>
        <source>The columns changed: press Check again.</source>
        <translation>تغيّرت الأعمدة: اضغط فحص مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot check: {reason}</source>
        <translation>تعذّر الفحص: {reason}</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>جارٍ فحص {rows} صفًا…</translation>
    </message>
    <message>
        <source>{refused} of {rows} rows refused: nothing can be imported until they are corrected in the spreadsheet (or their columns mapped differently).</source>
        <translation>رُفض {refused} من {rows} صفًا: لا يمكن استيراد أي شيء حتى تُصحَّح في جدول البيانات (أو تُطابق أعمدتها بطريقة أخرى).</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>لا يحتوي الملف على صفوف للاستيراد.</translation>
    </message>
    <message>
        <source>Every row passed: {partners} new partners and {contacts} contacts will be imported.</source>
        <translation>اجتازت كل الصفوف الفحص: سيُستورد {partners} شريكًا جديدًا و{contacts} جهة اتصال.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Imported {partners} new partners and {contacts} contacts.</source>
        <translation>اُستورد {partners} شريكًا جديدًا و{contacts} جهة اتصال.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
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
    <message>
        <source>This vault has no partners yet. Start with Add partner…; Help → Guide explains the first steps, from a partner to its assessment and plan.</source>
        <translation>لا تضم هذه الخزنة أي شريك بعد. ابدأ بـ «إضافة شريك…»؛ ويشرح «مساعدة ← الدليل» الخطوات الأولى، من الشريك إلى تقييمه وخطته.</translation>
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
    <message>
        <source>Last risk rating</source>
        <translation>آخر تصنيف للمخاطر</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>آخر تقييم</translation>
    </message>
    <message>
        <source>Open and overdue actions</source>
        <translation>الإجراءات المفتوحة والمتأخرة</translation>
    </message>
    <message>
        <source>Next partnership dialogue</source>
        <translation>حوار الشراكة التالي</translation>
    </message>
    <message>
        <source>Risk: {rating}</source>
        <translation>المخاطر: {rating}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مصنَّف</translation>
    </message>
    <message>
        <source>Last assessment: {kind}, {date} ({status})</source>
        <translation>آخر تقييم: {kind}، {date} ({status})</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>لم يُقيَّم قط</translation>
    </message>
    <message>
        <source>Actions: {open} open, {overdue} overdue</source>
        <translation>الإجراءات: {open} مفتوحة، {overdue} متأخرة</translation>
    </message>
    <message>
        <source>No partnership dialogue held yet</source>
        <translation>لم يُعقد أي حوار شراكة بعد</translation>
    </message>
    <message>
        <source>Next dialogue: {date}</source>
        <translation>الحوار التالي: {date}</translation>
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
    <message>
        <source>Chosen: {names}</source>
        <translation>المختارون: {names}</translation>
    </message>
    <message>
        <source>Choose one or more partners to add.</source>
        <translation>اختر شريكاً أو أكثر لإضافته.</translation>
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
    <name>PassphraseAdvice</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>استخدم بضع كلمات، وتجنّب العبارات الشائعة.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>لا حاجة إلى رموز أو أرقام أو أحرف كبيرة.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>أضف كلمة أو كلمتين. الكلمات غير الشائعة أفضل.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>صفوف المفاتيح المتتالية سهلة التخمين.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>أنماط لوحة المفاتيح القصيرة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>استخدم نمط لوحة مفاتيح أطول وفيه انعطافات أكثر.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>التكرارات مثل «aaa» سهلة التخمين.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>التكرارات مثل «abcabcabc» أصعب قليلاً فقط في التخمين من «abc».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>تجنّب تكرار الكلمات والأحرف.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>التسلسلات مثل «abc» أو «6543» سهلة التخمين.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>تجنّب التسلسلات.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>السنوات الأخيرة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>تجنّب السنوات الأخيرة.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>تجنّب السنوات المرتبطة بك.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>التواريخ سهلة التخمين غالباً.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>تجنّب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>هذه من أكثر 10 كلمات مرور شيوعاً.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>هذه من أكثر 100 كلمة مرور شيوعاً.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>هذه كلمة مرور شائعة جداً.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>هذه تشبه كلمة مرور شائعة الاستخدام.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>الكلمة المنفردة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>الأسماء وأسماء العائلة وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>الأسماء وأسماء العائلة الشائعة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>الأحرف الكبيرة لا تفيد كثيراً.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>الكتابة بأحرف كبيرة كلها سهلة التخمين تقريباً مثل الأحرف الصغيرة كلها.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>الكلمات المعكوسة ليست أصعب كثيراً في التخمين.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>الاستبدالات المتوقعة مثل «@» بدلاً من «a» لا تفيد كثيراً.</translation>
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
    <name>PlanLabels</name>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>الحوار</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>الرصد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Narrative report</source>
        <translation>تقرير سردي</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>تقرير مالي</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>زيارة رصد</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>تدقيق</translation>
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
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>لا إجراءات</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>%Ln إجراءات</numerusform>
            <numerusform>%Ln إجراءً</numerusform>
            <numerusform>%Ln إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>لم يُحفظ الإجراء</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>لم يُحفظ التغيير: {reason}</translation>
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
    <message>
        <source>&amp;New action…</source>
        <translation>إجراء جديد…</translation>
    </message>
    <message>
        <source>Add an action to this partner&apos;s development plan</source>
        <translation>إضافة إجراء إلى خطة تطوير هذا الشريك</translation>
    </message>
    <message>
        <source>Action added to the plan</source>
        <translation>أُضيف الإجراء إلى الخطة</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>Problem report</source>
        <translation>تقرير المشكلات</translation>
    </message>
    <message>
        <source>What went wrong recently, for whoever supports FieldPartner. It names the kind of each failure and where in the program it happened; it holds no partner, answer or other record content. Copy it into your message.</source>
        <translation>ما تعطّل مؤخرًا، لمن يتولى دعم FieldPartner. يذكر نوع كل عطل وموضعه في البرنامج، ولا يحتوي على أي شريك أو إجابة أو أي محتوى آخر من السجلات. انسخه في رسالتك.</translation>
    </message>
    <message>
        <source>No problem has been recorded.</source>
        <translation>لم تُسجَّل أي مشكلة.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>نسخ التقرير</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغاً</translation>
    </message>
    <message>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>طوله {length} حرفاً؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>has {count} entries; the limit is {limit}</source>
        <translation>يضم {count} عنصراً؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} ليست من القيم: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a country code (such as KE, SD or CO)</source>
        <translation>{value} ليس رمز بلد (مثل KE أو SD أو CO)</translation>
    </message>
    <message>
        <source>{value} is not a currency code (such as GBP, EUR or USD)</source>
        <translation>{value} ليس رمز عملة (مثل GBP أو EUR أو USD)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{end} is before {start_field} ({start})</source>
        <translation>{end} يسبق «{start_field}» ({start})</translation>
    </message>
    <message>
        <source>{value} is negative; an amount must be 0 or more</source>
        <translation>{value} سالب؛ يجب أن يكون المبلغ 0 أو أكثر</translation>
    </message>
    <message>
        <source>This assessment is {status}: its answers are locked. Reopen it to make a new draft.</source>
        <translation>هذا التقييم {status}: إجاباته مقفلة. أعد فتحه لإنشاء مسودة جديدة.</translation>
    </message>
    <message>
        <source>This vault belongs to no organisation yet: set it up on the Sync page first.</source>
        <translation>لا تنتمي هذه الخزنة إلى أي منظمة بعد: اضبطها أولاً من صفحة المزامنة.</translation>
    </message>
    <message>
        <source>This bundle belongs to another organisation, not {name}.</source>
        <translation>تعود هذه الحزمة إلى منظمة أخرى، لا إلى {name}.</translation>
    </message>
    <message>
        <source>The bundle claims to come from this vault, but another key signed it.</source>
        <translation>تدّعي الحزمة أنها صادرة من هذه الخزنة، لكن مفتاحاً آخر وقّعها.</translation>
    </message>
    <message>
        <source>This bundle is not from {name}&apos;s HQ (sender {device}, fingerprint {fingerprint}); field vaults accept bundles from HQ only.</source>
        <translation>هذه الحزمة ليست من مقر {name} (المرسل {device}، البصمة {fingerprint})؛ لا تقبل الخزائن الميدانية إلا حزم المقر.</translation>
    </message>
    <message>
        <source>Device {device} was revoked on {when}; its bundles are refused.</source>
        <translation>أُلغي الجهاز {device} في {when}؛ وتُرفض حزمه.</translation>
    </message>
    <message>
        <source>The bundle claims to come from device {device} but is signed by a different key (fingerprint {fingerprint}, enrolled {enrolled}).</source>
        <translation>تدّعي الحزمة أنها من الجهاز {device} لكنها موقّعة بمفتاح مختلف (البصمة {fingerprint}، والمسجّلة {enrolled}).</translation>
    </message>
    <message>
        <source>The fingerprint given does not match the unknown device {device} (its fingerprint is {fingerprint}).</source>
        <translation>البصمة المعطاة لا تطابق الجهاز المجهول {device} (بصمته {fingerprint}).</translation>
    </message>
    <message>
        <source>Unknown device {device} with fingerprint {fingerprint}: check the fingerprint with the device&apos;s user before trusting it.</source>
        <translation>جهاز مجهول {device} بالبصمة {fingerprint}: تحقّق من البصمة مع مستخدم الجهاز قبل الوثوق به.</translation>
    </message>
    <message>
        <source>This bundle is addressed to device {to}, not to this vault ({device}).</source>
        <translation>هذه الحزمة موجّهة إلى الجهاز {to}، لا إلى هذه الخزنة ({device}).</translation>
    </message>
    <message>
        <source>“{value}” is a float; give it as text or Decimal to keep it exact</source>
        <translation>«{value}» عدد عشري عائم؛ أدخله نصاً أو Decimal ليبقى دقيقاً</translation>
    </message>
    <message>
        <source>{value} has more than {limit} digits</source>
        <translation>{value} فيه أكثر من {limit} رقماً</translation>
    </message>
    <message>
        <source>an attachment must belong to a partner, an assessment or a workshop</source>
        <translation>يجب أن يتبع المرفق شريكاً أو تقييماً أو ورشة عمل</translation>
    </message>
    <message>
        <source>the kind must be one of {kinds}</source>
        <translation>يجب أن يكون النوع واحداً من {kinds}</translation>
    </message>
    <message>
        <source>the value must not be empty</source>
        <translation>يجب ألا تكون القيمة فارغة</translation>
    </message>
    <message>
        <source>{date} is set but the status is “{status}”</source>
        <translation>{date} محدد لكن الحالة «{status}»</translation>
    </message>
    <message>
        <source>must be given when approving with conditions</source>
        <translation>يجب تحديده عند الاعتماد بشروط</translation>
    </message>
    <message>
        <source>{date} is set but the status is “due”</source>
        <translation>{date} محدد لكن الحالة «مستحق»</translation>
    </message>
    <message>
        <source>a {status} assessment becomes a draft only by reopening it, which clears {cleared} (still set: {kept})</source>
        <translation>التقييم الذي حالته {status} لا يعود مسودة إلا بإعادة فتحه، وهذا يمحو {cleared} (ما زال محدداً: {kept})</translation>
    </message>
    <message>
        <source>“{item}” names a template item, so it needs an assessment</source>
        <translation>«{item}» يشير إلى بند من نموذج، لذا يحتاج إلى تقييم</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>يجب تحديده</translation>
    </message>
    <message>
        <source>must be a list of channels</source>
        <translation>يجب أن تكون قائمة قنوات</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>«{value}» ليس تاريخاً</translation>
    </message>
    <message>
        <source>“{value}” is not a file name (no folders)</source>
        <translation>«{value}» ليس اسم ملف (دون مجلدات)</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} ليس مبلغاً</translation>
    </message>
    <message>
        <source>“{value}” is not the id of a record</source>
        <translation>«{value}» ليس معرّف سجل</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>يجب أن تكون قائمة نصوص</translation>
    </message>
    <message>
        <source>“{value}” is not an amount</source>
        <translation>«{value}» ليس مبلغاً</translation>
    </message>
    <message>
        <source>give a participating partner or the person’s name</source>
        <translation>حدّد شريكاً مشاركاً أو اسم الشخص</translation>
    </message>
    <message>
        <source>must be given when the status is “terminated”</source>
        <translation>يجب تحديده عندما تكون الحالة «منتهٍ»</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum} of {item}.</source>
        <translation>{value} أعلى من الحد الأقصى {maximum} للبند {item}.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>إجابة</translation>
    </message>
    <message>
        <source>yes, no, partly</source>
        <translation>yes أو no أو partly</translation>
    </message>
    <message>
        <source>yes, no, partly or not_applicable</source>
        <translation>yes أو no أو partly أو not_applicable</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>تاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>attachment references</source>
        <translation>مراجع مرفقات</translation>
    </message>
    <message>
        <source>a level of {values}</source>
        <translation>مستوى من {values}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>one of {values}</source>
        <translation>واحد من {values}</translation>
    </message>
    <message>
        <source>one or more of {values}</source>
        <translation>واحد أو أكثر من {values}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes أو no</translation>
    </message>
    <message>
        <source>The action “{title}” is {status}, not proposed.</source>
        <translation>الإجراء «{title}» حالته {status}، وليس مقترحاً.</translation>
    </message>
    <message>
        <source>Assessment {id} is already a draft.</source>
        <translation>التقييم {id} مسودة بالفعل.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “{name}” ({org_id}).</source>
        <translation>هذه الخزنة تنتمي بالفعل إلى المنظمة «{name}» ({org_id}).</translation>
    </message>
    <message>
        <source>“{name}” is already listed as taking part</source>
        <translation>«{name}» مدرج بالفعل بين المشاركين</translation>
    </message>
    <message>
        <source>The amount {amount} is negative.</source>
        <translation>المبلغ {amount} سالب.</translation>
    </message>
    <message>
        <source>{value} is below {minimum}: one partner’s answers would be shown as they are</source>
        <translation>{value} أقل من {minimum}: ستُعرض إجابات شريك واحد كما هي</translation>
    </message>
    <message>
        <source>{source}: the first row must name the columns item_id, answer, note.</source>
        <translation>{source}: يجب أن يسمّي الصف الأول الأعمدة item_id وanswer وnote.</translation>
    </message>
    <message>
        <source>{source}: answer {number} is not an object.</source>
        <translation>{source}: الإجابة {number} ليست كائناً.</translation>
    </message>
    <message>
        <source>Row {row} ({item}): {problem}</source>
        <translation>الصف {row} ({item}): {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>الصف {row}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {count} rows rejected, nothing was saved: {problems}</source>
        <translation>{source}: رُفض {count} من الصفوف، ولم يُحفظ شيء: {problems}</translation>
    </message>
    <message>
        <source>{source}: 1 row rejected, nothing was saved: {problems}</source>
        <translation>{source}: رُفض صف واحد، ولم يُحفظ شيء: {problems}</translation>
    </message>
    <message>
        <source>Only a final assessment can be approved, not a {status} one.</source>
        <translation>لا يمكن اعتماد إلا تقييم نهائي، وليس تقييماً حالته {status}.</translation>
    </message>
    <message>
        <source>Assessment {id} has been deleted.</source>
        <translation>حُذف التقييم {id}.</translation>
    </message>
    <message>
        <source>Device {device} is revoked; nothing can be assigned to it.</source>
        <translation>الجهاز {device} مُلغى؛ لا يمكن إسناد شيء إليه.</translation>
    </message>
    <message>
        <source>The contents of “{filename}” are missing from the vault (SHA-256 {sha256}).</source>
        <translation>محتوى «{filename}» مفقود من الخزنة (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>“{filename}” is damaged: its contents have SHA-256 {actual}, but {sha256} was recorded when it was attached.</source>
        <translation>«{filename}» تالف: بصمة محتواه SHA-256 هي {actual}، لكن سُجّلت {sha256} عند إرفاقه.</translation>
    </message>
    <message>
        <source>“{name}” is {program}; programs are not kept as attachments</source>
        <translation>«{name}» هو {program}؛ لا تُحفظ البرامج كمرفقات</translation>
    </message>
    <message>
        <source>“{name}” is {size}; the limit is {limit:g} MB</source>
        <translation>حجم «{name}» هو {size}؛ والحد {limit:g} ميغابايت</translation>
    </message>
    <message>
        <source>The copy failed its check: {problems}</source>
        <translation>لم تجتز النسخة فحصها: {problems}</translation>
    </message>
    <message>
        <source>{name} did not pass its check: {problems}</source>
        <translation>لم تجتز {name} فحصها: {problems}</translation>
    </message>
    <message>
        <source>A backup must go outside the vault’s own folder.</source>
        <translation>يجب أن توضع النسخة الاحتياطية خارج مجلد الخزنة نفسه.</translation>
    </message>
    <message>
        <source>{destination} is not a folder.</source>
        <translation>{destination} ليس مجلداً.</translation>
    </message>
    <message>
        <source>The backup reminder takes {low} to {high} days, not {days}.</source>
        <translation>يقبل تذكير النسخ الاحتياطي من {low} إلى {high} يوماً، وليس {days}.</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum} of {item}.</source>
        <translation>{value} أقل من الحد الأدنى {minimum} للبند {item}.</translation>
    </message>
    <message>
        <source>{name} lacks attachments it should hold; nothing was removed.</source>
        <translation>تنقص {name} مرفقات كان يجب أن تحتويها؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>{count} record(s) HQ has not acknowledged are not in {name}; nothing was removed.</source>
        <translation>{count} من السجلات التي لم يؤكد المقر الرئيسي استلامها غير موجودة في {name}؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>{name} is not the bundle just written (it was replaced or cut short); nothing was removed.</source>
        <translation>{name} ليست الحزمة التي كُتبت للتو (استُبدلت أو اقتُطعت)؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>The border bundle {name} does not read back ({reason}); nothing was removed.</source>
        <translation>تعذّرت إعادة قراءة حزمة عبور الحدود {name} ({reason})؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Border mode is for a field vault; this vault is HQ.</source>
        <translation>وضع الحدود مخصص لخزنة ميدانية؛ وهذه خزنة المقر الرئيسي.</translation>
    </message>
    <message>
        <source>The bundle’s archive is damaged ({reason}).</source>
        <translation>أرشيف الحزمة تالف ({reason}).</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 name.</source>
        <translation>{name} لا يطابق اسمه SHA-256.</translation>
    </message>
    <message>
        <source>{label}: {problem}; nothing was imported.</source>
        <translation>{label}: {problem}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The bundle’s attachments can no longer be read.</source>
        <translation>لم يعد بالإمكان قراءة مرفقات الحزمة.</translation>
    </message>
    <message>
        <source>The bundle has unexpected data after its archive.</source>
        <translation>تحتوي الحزمة على بيانات غير متوقعة بعد أرشيفها.</translation>
    </message>
    <message>
        <source>The bundle’s archive has a damaged header (checksum).</source>
        <translation>أرشيف الحزمة له ترويسة تالفة (المجموع الاختباري).</translation>
    </message>
    <message>
        <source>The bundle’s archive has a damaged header ({what}).</source>
        <translation>أرشيف الحزمة له ترويسة تالفة ({what}).</translation>
    </message>
    <message>
        <source>{name} changed since the bundle was checked.</source>
        <translation>تغيّر {name} منذ فحص الحزمة.</translation>
    </message>
    <message>
        <source>{name} does not match the hash in the signed manifest.</source>
        <translation>{name} لا يطابق البصمة في البيان الموقّع.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds a member with a non-ASCII name.</source>
        <translation>يحتوي أرشيف الحزمة على عنصر باسم غير ASCII.</translation>
    </message>
    <message>
        <source>{name} does not end with a newline.</source>
        <translation>{name} لا ينتهي بسطر جديد.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}”, which is {what}, not a file; a bundle holds regular files only.</source>
        <translation>يحتوي أرشيف الحزمة على «{name}»، وهو {what} وليس ملفاً؛ لا تحتوي الحزمة إلا على ملفات عادية.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}” in a form other than POSIX ustar.</source>
        <translation>يحتوي أرشيف الحزمة على «{name}» بصيغة غير POSIX ustar.</translation>
    </message>
    <message>
        <source>{name} is too large ({size} bytes; at most {limit}).</source>
        <translation>{name} كبير جداً ({size} بايت؛ والحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}” twice.</source>
        <translation>يحتوي أرشيف الحزمة على «{name}» مرتين.</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>The bundle’s members differ from its manifest</source>
        <translation>عناصر الحزمة تختلف عن بيانها</translation>
    </message>
    <message>
        <source>The bundle can no longer be read.</source>
        <translation>لم يعد بالإمكان قراءة الحزمة.</translation>
    </message>
    <message>
        <source>The bundle has no signed manifest (manifest.json, manifest.sig).</source>
        <translation>لا تحتوي الحزمة على بيان موقّع (manifest.json وmanifest.sig).</translation>
    </message>
    <message>
        <source>The bundle is damaged, truncated or not an age-encrypted FieldPartner bundle (age: {reason}).</source>
        <translation>الحزمة تالفة أو مقتطعة أو ليست حزمة FieldPartner مشفّرة بـ age (age: {reason}).</translation>
    </message>
    <message>
        <source>The bundle’s records refer to records this vault does not have ({reason}); nothing was imported.</source>
        <translation>تشير سجلات الحزمة إلى سجلات غير موجودة في هذه الخزنة ({reason})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The bundle’s sender {sender} claims the role “{role}”, which is not its role in this organisation.</source>
        <translation>يدّعي مرسل الحزمة {sender} الدور «{role}»، وهو ليس دوره في هذه المنظمة.</translation>
    </message>
    <message>
        <source>The bundle’s signature does not match its manifest: it was altered after it was signed.</source>
        <translation>توقيع الحزمة لا يطابق بيانها: عُدّلت بعد توقيعها.</translation>
    </message>
    <message>
        <source>Template {template} version {version} in the bundle differs from the one this vault holds; a template version never changes (a changed template needs a new version number).</source>
        <translation>النموذج {template} الإصدار {version} في الحزمة يختلف عن الموجود في هذه الخزنة؛ لا يتغير إصدار النموذج أبداً (النموذج المعدَّل يحتاج رقم إصدار جديداً).</translation>
    </message>
    <message>
        <source>The bundle is larger than {limit} bytes.</source>
        <translation>الحزمة أكبر من {limit} بايت.</translation>
    </message>
    <message>
        <source>The bundle holds more than {limit} members.</source>
        <translation>تحتوي الحزمة على أكثر من {limit} عنصر.</translation>
    </message>
    <message>
        <source>The bundle’s archive is truncated ({what}).</source>
        <translation>أرشيف الحزمة مقتطع ({what}).</translation>
    </message>
    <message>
        <source>The bundle’s archive holds an unexpected member “{name}”.</source>
        <translation>يحتوي أرشيف الحزمة على عنصر غير متوقع «{name}».</translation>
    </message>
    <message>
        <source>The bundle has format version {version}; this FieldPartner reads version {readable} (it was written by a newer FieldPartner).</source>
        <translation>إصدار صيغة الحزمة {version}؛ يقرأ FieldPartner هذا الإصدار {readable} (كتبها إصدار أحدث من FieldPartner).</translation>
    </message>
    <message>
        <source>The bundle has format version {version}; this FieldPartner reads version {readable}.</source>
        <translation>إصدار صيغة الحزمة {version}؛ يقرأ FieldPartner هذا الإصدار {readable}.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “{name}”; it cannot join another.</source>
        <translation>هذه الخزنة تنتمي بالفعل إلى المنظمة «{name}»؛ ولا يمكنها الانضمام إلى غيرها.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>تتعذّر قراءة {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the identity backup {file}: {reason}</source>
        <translation>تتعذّر قراءة النسخة الاحتياطية للهوية {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the profile {file}: {reason}</source>
        <translation>تتعذّر قراءة ملف التعريف {file}: {reason}</translation>
    </message>
    <message>
        <source>{source}: cell {cell} is longer than {limit} characters.</source>
        <translation>{source}: الخلية {cell} أطول من {limit} حرفاً.</translation>
    </message>
    <message>
        <source>A self-assessment compares only with the same template version.</source>
        <translation>لا يُقارن التقييم الذاتي إلا بالإصدار نفسه من النموذج.</translation>
    </message>
    <message>
        <source>Item {item} is computed by the application, not answered.</source>
        <translation>البند {item} يحسبه التطبيق، ولا يُجاب عنه.</translation>
    </message>
    <message>
        <source>Conflict {id} is already resolved ({resolution}).</source>
        <translation>التعارض {id} محلول بالفعل ({resolution}).</translation>
    </message>
    <message>
        <source>{kind} {label} ({id}) was changed by {author} at {when} after this edit began; nothing was saved: reopen it to see their change, then edit again.</source>
        <translation>تم تغيير {kind} {label} ({id}) بواسطة {author} في {when} بعد بدء هذا التعديل؛ لم يُحفظ شيء: أعد فتحه لترى التغيير ثم عدّل من جديد.</translation>
    </message>
    <message>
        <source>{kind} {label} ({id}) was changed on another device at {when} after this edit began; nothing was saved: reopen it to see the change, then edit again.</source>
        <translation>تم تغيير {kind} {label} ({id}) على جهاز آخر في {when} بعد بدء هذا التعديل؛ لم يُحفظ شيء: أعد فتحه لترى التغيير ثم عدّل من جديد.</translation>
    </message>
    <message>
        <source>{person} is a {role} in HQ&apos;s database and may not {action} (only a {needed} may); nothing was changed.</source>
        <translation>{person} له دور {role} في قاعدة بيانات المقر الرئيسي ولا يجوز له {action} (يجوز ذلك لدور {needed} فقط)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Conflict {id} on {kind} {record} is already resolved ({resolution}) by {author} at {when}.</source>
        <translation>التعارض {id} على {kind} {record} محلول بالفعل ({resolution}) بواسطة {author} في {when}.</translation>
    </message>
    <message>
        <source>contact {field}: {problem}</source>
        <translation>جهة الاتصال، {field}: {problem}</translation>
    </message>
    <message>
        <source>contact “{name}” is already in row {row}</source>
        <translation>جهة الاتصال «{name}» موجودة بالفعل في الصف {row}</translation>
    </message>
    <message>
        <source>contact “{name}” is already a contact of this partner</source>
        <translation>«{name}» جهة اتصال لهذا الشريك بالفعل</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>صورة HEIC</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>“{name}” is named as {named} but its content is {content}</source>
        <translation>اسم «{name}» يدل على {named}، لكن محتواه {content}</translation>
    </message>
    <message>
        <source>“{name}” is named as text but its content is {content}</source>
        <translation>اسم «{name}» يدل على نص، لكن محتواه {content}</translation>
    </message>
    <message>
        <source>an older Office document</source>
        <translation>مستند Office قديم</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>صورة TIFF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>صورة WebP</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>أرشيف ZIP (أو ملف Word أو Excel أو OpenDocument)</translation>
    </message>
    <message>
        <source>answered covered needs a note naming the earlier assessment</source>
        <translation>الإجابة «مشمول» تحتاج ملاحظة تسمّي التقييم السابق</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text; save it again as “CSV UTF-8” or as .xlsx.</source>
        <translation>{source} ليس نصاً بترميز UTF-8؛ احفظه مجدداً بصيغة «CSV UTF-8» أو .xlsx.</translation>
    </message>
    <message>
        <source>The unwrapped database key has the wrong length.</source>
        <translation>مفتاح قاعدة البيانات بعد فكّه ليس بالطول الصحيح.</translation>
    </message>
    <message>
        <source>{file} is missing; the vault cannot be opened.</source>
        <translation>{file} مفقود؛ لا يمكن فتح الخزنة.</translation>
    </message>
    <message>
        <source>vault.db cannot be read: {reason}</source>
        <translation>تتعذّر قراءة vault.db: {reason}</translation>
    </message>
    <message>
        <source>A decision must be given to approve an assessment.</source>
        <translation>يجب تحديد قرار لاعتماد التقييم.</translation>
    </message>
    <message>
        <source>No assessment template was found for the demo.</source>
        <translation>لم يُعثر على نموذج تقييم للعرض التجريبي.</translation>
    </message>
    <message>
        <source>No template can be used for the demo’s assessments.</source>
        <translation>لا يوجد نموذج يصلح لتقييمات العرض التجريبي.</translation>
    </message>
    <message>
        <source>“{device_id}” names more than one device; give more characters.</source>
        <translation>«{device_id}» يطابق أكثر من جهاز؛ أدخل أحرفاً أكثر.</translation>
    </message>
    <message>
        <source>{field}: “{value}” differs from “{held}” in row {row}</source>
        <translation>{field}: «{value}» يختلف عن «{held}» في الصف {row}</translation>
    </message>
    <message>
        <source>{field}: “{value}” differs from “{held}” in the vault</source>
        <translation>{field}: «{value}» يختلف عن «{held}» في الخزنة</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault’s passphrase.</source>
        <translation>يجب أن تختلف عبارة مرور الإكراه عن عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>{source}: the sheet is empty (no header row).</source>
        <translation>{source}: الورقة فارغة (لا يوجد صف عناوين).</translation>
    </message>
    <message>
        <source>The escrow slot does not open with this HQ identity ({reason}).</source>
        <translation>لا تُفتح خانة الإيداع بهوية المقر الرئيسي هذه ({reason}).</translation>
    </message>
    <message>
        <source>The vault’s escrow slot is for {recipient}, but {name} holds the identity of {held}: use the identity backup of the HQ this vault joined.</source>
        <translation>خانة الإيداع في الخزنة مخصصة لـ {recipient}، لكن {name} يحتوي هوية {held}: استخدم النسخة الاحتياطية لهوية المقر الرئيسي الذي انضمت إليه هذه الخزنة.</translation>
    </message>
    <message>
        <source>{target} is a file; a CSV export needs a folder (or a name ending in .zip).</source>
        <translation>{target} ملف؛ يحتاج التصدير بصيغة CSV إلى مجلد (أو اسم ينتهي بـ .zip).</translation>
    </message>
    <message>
        <source>{kind} {record_id}: revision {rev} claims to be an automatic merge but is not the merge of its parents; device {sender} sent it.</source>
        <translation>{kind} {record_id}: تدّعي المراجعة {rev} أنها دمج تلقائي لكنها ليست دمج أصليها؛ أرسلها الجهاز {sender}.</translation>
    </message>
    <message>
        <source>use a few unrelated words</source>
        <translation>استخدم بضع كلمات لا رابط بينها</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>«{name}»: {problem}</translation>
    </message>
    <message>
        <source>Cannot finalise: {count} questions to complete: {questions}</source>
        <translation>يتعذّر الإتمام: عدد الأسئلة التي يجب إكمالها {count}: {questions}</translation>
    </message>
    <message>
        <source>Cannot finalise: 1 question to complete: {questions}</source>
        <translation>يتعذّر الإتمام: سؤال واحد يجب إكماله: {questions}</translation>
    </message>
    <message>
        <source>{source}: cell {cell} holds a formula whose value was never saved; open the file in a spreadsheet, save it, and import again (or paste the values).</source>
        <translation>{source}: الخلية {cell} تحتوي صيغة لم تُحفظ قيمتها قط؛ افتح الملف في برنامج جداول بيانات واحفظه ثم استورده مجدداً (أو الصق القيم).</translation>
    </message>
    <message>
        <source>vault.json is empty (the vault header was truncated or wiped).</source>
        <translation>vault.json فارغ (اقتُطعت ترويسة الخزنة أو مُحيت).</translation>
    </message>
    <message>
        <source>vault.json: $.keys.escrow.recipient is not an age recipient.</source>
        <translation>vault.json: $.keys.escrow.recipient ليس مستلِماً لـ age.</translation>
    </message>
    <message>
        <source>vault.json: $.kdf: {reason}</source>
        <translation>vault.json: $.kdf: {reason}</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is missing.</source>
        <translation>vault.json: {path}.{key} مفقود.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is not valid base64.</source>
        <translation>vault.json: {path}.{key} ليس base64 صالحاً.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must be an integer, not {value}.</source>
        <translation>vault.json: يجب أن يكون {path}.{key} عدداً صحيحاً، وليس {value}.</translation>
    </message>
    <message>
        <source>vault.json is damaged or truncated (not valid JSON: {reason}).</source>
        <translation>vault.json تالف أو مقتطع (ليس JSON صالحاً: {reason}).</translation>
    </message>
    <message>
        <source>vault.json: {path} must be an object.</source>
        <translation>vault.json: يجب أن يكون {path} كائناً.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must be a non-empty string.</source>
        <translation>vault.json: يجب أن يكون {path}.{key} نصاً غير فارغ.</translation>
    </message>
    <message>
        <source>vault.json on disk is not this vault’s.</source>
        <translation>ملف vault.json على القرص ليس لهذه الخزنة.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is {value}; expected {wanted}.</source>
        <translation>vault.json: قيمة {path}.{key} هي {value}؛ والمتوقع {wanted}.</translation>
    </message>
    <message>
        <source>vault.json: $.vault_id {vault_id} is not a UUID.</source>
        <translation>vault.json: $.vault_id {vault_id} ليس UUID.</translation>
    </message>
    <message>
        <source>vault.json has version {version}; this FieldPartner reads vault format {readable} (the vault was made by a newer version).</source>
        <translation>إصدار vault.json هو {version}؛ يقرأ FieldPartner هذا صيغة الخزنة {readable} (أنشأ الخزنةَ إصدارٌ أحدث).</translation>
    </message>
    <message>
        <source>vault.json has version {version}; this FieldPartner reads vault format {readable}.</source>
        <translation>إصدار vault.json هو {version}؛ يقرأ FieldPartner هذا صيغة الخزنة {readable}.</translation>
    </message>
    <message>
        <source>vault.json: the format is {fmt}; this is not a FieldPartner vault.</source>
        <translation>vault.json: الصيغة {fmt}؛ هذه ليست خزنة FieldPartner.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must decode to {length} bytes, not {count}.</source>
        <translation>vault.json: يجب أن يُفكّ {path}.{key} إلى {length} بايت، وليس {count}.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: the history is incomplete ({missing} is missing).</source>
        <translation>{kind} {record_id}: السجل التاريخي ناقص ({missing} مفقود).</translation>
    </message>
    <message>
        <source>HQ’s own vault has no one to escrow its key to.</source>
        <translation>خزنة المقر الرئيسي لا جهة تودِع مفتاحها لديها.</translation>
    </message>
    <message>
        <source>This vault is the organisation’s HQ; it cannot join its own profile.</source>
        <translation>هذه الخزنة هي المقر الرئيسي للمنظمة؛ ولا يمكنها الانضمام إلى ملف تعريفها نفسه.</translation>
    </message>
    <message>
        <source>The fingerprint “{given}” does not match HQ’s key in this profile ({fingerprint}); do not join: the profile may have been replaced.</source>
        <translation>البصمة «{given}» لا تطابق مفتاح المقر الرئيسي في ملف التعريف هذا ({fingerprint})؛ لا تنضمّ: ربما استُبدل ملف التعريف.</translation>
    </message>
    <message>
        <source>Only HQ’s vault enrols, revokes and assigns devices.</source>
        <translation>خزنة المقر الرئيسي وحدها تسجّل الأجهزة وتلغيها وتُسند إليها.</translation>
    </message>
    <message>
        <source>{file} holds a damaged age identity.</source>
        <translation>يحتوي {file} على هوية age تالفة.</translation>
    </message>
    <message>
        <source>{file} is not an HQ identity backup: it must hold exactly one AGE-SECRET-KEY-1… line, not {count}.</source>
        <translation>{file} ليس نسخة احتياطية لهوية المقر الرئيسي: يجب أن يحتوي سطراً واحداً بالضبط AGE-SECRET-KEY-1…، وليس {count}.</translation>
    </message>
    <message>
        <source>{file} is too large to be an HQ identity backup.</source>
        <translation>{file} أكبر من أن يكون نسخة احتياطية لهوية المقر الرئيسي.</translation>
    </message>
    <message>
        <source>{what}.device_id is missing or not an id.</source>
        <translation>{what}.device_id مفقود أو ليس معرّفاً.</translation>
    </message>
    <message>
        <source>{what}.fingerprint does not match its keys.</source>
        <translation>{what}.fingerprint لا يطابق مفاتيحه.</translation>
    </message>
    <message>
        <source>{what} is not valid base64.</source>
        <translation>{what} ليس base64 صالحاً.</translation>
    </message>
    <message>
        <source>{what} must be base64 text.</source>
        <translation>يجب أن يكون {what} نص base64.</translation>
    </message>
    <message>
        <source>{what} must be an object.</source>
        <translation>يجب أن يكون {what} كائناً.</translation>
    </message>
    <message>
        <source>{what}.recipient is not a valid age X25519 recipient.</source>
        <translation>{what}.recipient ليس مستلِم age X25519 صالحاً.</translation>
    </message>
    <message>
        <source>{what}.recipient is not an age recipient.</source>
        <translation>{what}.recipient ليس مستلِماً لـ age.</translation>
    </message>
    <message>
        <source>{what} must be {length} bytes, not {count}.</source>
        <translation>يجب أن يكون {what} بطول {length} بايت، وليس {count}.</translation>
    </message>
    <message>
        <source>the image is {width} x {height} pixels; images above {limit:,} pixels are not redacted</source>
        <translation>أبعاد الصورة {width} × {height} بكسل؛ لا تُنقّى الصور التي تتجاوز {limit:,} بكسل</translation>
    </message>
    <message>
        <source>the image cannot be read to remove its metadata: {reason}</source>
        <translation>تتعذّر قراءة الصورة لإزالة بياناتها الوصفية: {reason}</translation>
    </message>
    <message>
        <source>{source}: {count} rows refused, nothing was imported: {rows}</source>
        <translation>{source}: رُفض {count} من الصفوف، ولم يُستورد شيء: {rows}</translation>
    </message>
    <message>
        <source>{source}: 1 row refused, nothing was imported: {rows}</source>
        <translation>{source}: رُفض صف واحد، ولم يُستورد شيء: {rows}</translation>
    </message>
    <message>
        <source>{item} is already answered in row {row}</source>
        <translation>البند {item} أُجيب عنه بالفعل في الصف {row}</translation>
    </message>
    <message>
        <source>Item {item} {reason}</source>
        <translation>البند {item}: {reason}</translation>
    </message>
    <message>
        <source>{item} does not apply to the {tier} tier</source>
        <translation>البند {item} لا ينطبق على المستوى {tier}</translation>
    </message>
    <message>
        <source>Argon2id iterations {iterations} is above the limit of {limit}.</source>
        <translation>عدد تكرارات Argon2id {iterations} يتجاوز الحد {limit}.</translation>
    </message>
    <message>
        <source>Argon2id iterations {iterations} is below the floor of {floor}.</source>
        <translation>عدد تكرارات Argon2id {iterations} أقل من الحد الأدنى {floor}.</translation>
    </message>
    <message>
        <source>Argon2id lanes {lanes} is outside 1..64.</source>
        <translation>عدد مسارات Argon2id {lanes} خارج النطاق 1..64.</translation>
    </message>
    <message>
        <source>Argon2id memory {memory_kib} KiB is above the limit of {limit} KiB.</source>
        <translation>ذاكرة Argon2id {memory_kib} KiB تتجاوز الحد {limit} KiB.</translation>
    </message>
    <message>
        <source>Argon2id memory {memory_kib} KiB is below the floor of {floor} KiB.</source>
        <translation>ذاكرة Argon2id {memory_kib} KiB أقل من الحد الأدنى {floor} KiB.</translation>
    </message>
    <message>
        <source>The Argon2id salt must be {length} bytes, not {count}.</source>
        <translation>يجب أن يكون ملح Argon2id بطول {length} بايت، وليس {count}.</translation>
    </message>
    <message>
        <source>The key does not open vault.db (the database does not belong to this vault.json, or its first 16 bytes are damaged).</source>
        <translation>المفتاح لا يفتح vault.db (قاعدة البيانات لا تخص vault.json هذا، أو أن أول 16 بايت منها تالفة).</translation>
    </message>
    <message>
        <source>Lock after {minutes} minutes: choose {low} to {high}.</source>
        <translation>القفل بعد {minutes} دقيقة: اختر من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>The organisation logo is damaged: its contents have SHA-256 {actual}, but {digest} was recorded when it was set.</source>
        <translation>شعار المنظمة تالف: بصمة محتواه SHA-256 هي {actual}، لكن سُجّلت {digest} عند تعيينه.</translation>
    </message>
    <message>
        <source>The organisation logo is missing from the vault (SHA-256 {digest}).</source>
        <translation>شعار المنظمة مفقود من الخزنة (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>The organisation logo setting “{digest}” is not a SHA-256.</source>
        <translation>إعداد شعار المنظمة «{digest}» ليس SHA-256.</translation>
    </message>
    <message>
        <source>lowering the due-diligence tier from {reference} to {tier} needs a reason</source>
        <translation>خفض مستوى العناية الواجبة من {reference} إلى {tier} يحتاج إلى سبب</translation>
    </message>
    <message>
        <source>Manifest: {problem}</source>
        <translation>البيان: {problem}</translation>
    </message>
    <message>
        <source>manifest.json does not describe a FieldPartner bundle.</source>
        <translation>لا يصف manifest.json حزمة FieldPartner.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON.</source>
        <translation>manifest.json ليس JSON صالحاً.</translation>
    </message>
    <message>
        <source>The manifest counts {revisions} revisions but the bundle holds {count}.</source>
        <translation>يعدّ البيان {revisions} مراجعة لكن الحزمة تحتوي {count}.</translation>
    </message>
    <message>
        <source>Manifest: sender.role must be hq or device.</source>
        <translation>البيان: يجب أن تكون قيمة sender.role هي hq أو device.</translation>
    </message>
    <message>
        <source>Manifest: sequence.after must be between 0 and sequence.through.</source>
        <translation>البيان: يجب أن تكون sequence.after بين 0 وsequence.through.</translation>
    </message>
    <message>
        <source>Manifest: created_at “{created_at}” is not a UTC time.</source>
        <translation>البيان: created_at «{created_at}» ليس وقتاً بتوقيت UTC.</translation>
    </message>
    <message>
        <source>Manifest: unexpected member “{name}”.</source>
        <translation>البيان: عنصر غير متوقع «{name}».</translation>
    </message>
    <message>
        <source>More than one column is mapped to {field}.</source>
        <translation>أكثر من عمود مُسند إلى {field}.</translation>
    </message>
    <message>
        <source>missing {names}</source>
        <translation>المفقود: {names}</translation>
    </message>
    <message>
        <source>not listed {names}</source>
        <translation>غير المدرج: {names}</translation>
    </message>
    <message>
        <source>answered not applicable needs a note saying why</source>
        <translation>الإجابة «لا ينطبق» تحتاج ملاحظة توضح السبب</translation>
    </message>
    <message>
        <source>No column is mapped to the partner’s name.</source>
        <translation>لا يوجد عمود مُسند إلى اسم الشريك.</translation>
    </message>
    <message>
        <source>answered “{value}” needs evidence (a note or an attached file)</source>
        <translation>الإجابة «{value}» تحتاج دليلاً (ملاحظة أو ملفاً مرفقاً)</translation>
    </message>
    <message>
        <source>answered “{value}” needs an attached file as evidence</source>
        <translation>الإجابة «{value}» تحتاج ملفاً مرفقاً دليلاً</translation>
    </message>
    <message>
        <source>answered “{value}” needs an evidence note</source>
        <translation>الإجابة «{value}» تحتاج ملاحظة الدليل</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>عبارة المرور الجديدة فارغة.</translation>
    </message>
    <message>
        <source>No action with id {id}.</source>
        <translation>لا يوجد إجراء بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>No assessment with id {id}.</source>
        <translation>لا يوجد تقييم بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>لا توجد جهة اتصال بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered “covered by an earlier assessment”.</source>
        <translation>لا يقبل البند {item} الإجابة «مشمول بتقييم سابق».</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered “don’t know”.</source>
        <translation>لا يقبل البند {item} الإجابة «لا أعرف».</translation>
    </message>
    <message>
        <source>No enrolled device “{device_id}”.</source>
        <translation>لا يوجد جهاز مسجّل «{device_id}».</translation>
    </message>
    <message>
        <source>{file} has no HQ escrow slot (keys.escrow): this vault was never escrowed to HQ; recover it with its recovery key instead.</source>
        <translation>لا يحتوي {file} على خانة إيداع لدى المقر الرئيسي (keys.escrow): لم يُودَع مفتاح هذه الخزنة لدى المقر الرئيسي قط؛ استردّها بمفتاح الاسترداد الخاص بها بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>{kind} {record_id} has no head revision.</source>
        <translation>{kind} {record_id} بلا مراجعة رئيسية.</translation>
    </message>
    <message>
        <source>no item_id</source>
        <translation>لا يوجد item_id</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered not applicable.</source>
        <translation>لا يقبل البند {item} الإجابة «لا ينطبق».</translation>
    </message>
    <message>
        <source>No partner with id {id}.</source>
        <translation>لا يوجد شريك بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>No partner was named.</source>
        <translation>لم يُسمَّ أي شريك.</translation>
    </message>
    <message>
        <source>No partner with id or name “{name}”.</source>
        <translation>لا يوجد شريك بالمعرّف أو الاسم «{name}».</translation>
    </message>
    <message>
        <source>No project with id {id}.</source>
        <translation>لا يوجد مشروع بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>No result “{result}” to override ({known}).</source>
        <translation>لا توجد نتيجة «{result}» لتجاوزها ({known}).</translation>
    </message>
    <message>
        <source>Template {template} version {version} has no item “{item}”.</source>
        <translation>النموذج {template} الإصدار {version} لا يحتوي البند «{item}».</translation>
    </message>
    <message>
        <source>{source} has no sheet named “{sheet}”.</source>
        <translation>لا يحتوي {source} على ورقة باسم «{sheet}».</translation>
    </message>
    <message>
        <source>No template {key} in the library.</source>
        <translation>لا يوجد النموذج {key} في المكتبة.</translation>
    </message>
    <message>
        <source>No template {which} in the vault.</source>
        <translation>لا يوجد النموذج {which} في الخزنة.</translation>
    </message>
    <message>
        <source>No workshop with id {id}.</source>
        <translation>لا توجد ورشة عمل بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>“{field}” is not a field of a {kind}.</source>
        <translation>«{field}» ليس حقلاً من حقول {kind}.</translation>
    </message>
    <message>
        <source>The respondent must be assessor or partner_self, not “{respondent}”.</source>
        <translation>يجب أن يكون المجيب assessor أو partner_self، وليس «{respondent}».</translation>
    </message>
    <message>
        <source>{file}: not a spreadsheet this can read (.xlsx or .csv).</source>
        <translation>{file}: ليس جدول بيانات يمكن قراءته هنا (.xlsx أو .csv).</translation>
    </message>
    <message>
        <source>Tier “{tier}” is not one of template {template}’s tiers: {tiers}.</source>
        <translation>المستوى «{tier}» ليس من مستويات النموذج {template}: {tiers}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid {type} value.</source>
        <translation>{field}: «{text}» ليست قيمة {type} صالحة.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or the vault was wiped.</source>
        <translation>{path} مفقود: هذا المجلد ليس خزنة، أو أن الخزنة مُحيت.</translation>
    </message>
    <message>
        <source>“{value}” is not a {vocabulary} word ({words}).</source>
        <translation>«{value}» ليس من مفردات {vocabulary} ({words}).</translation>
    </message>
    <message>
        <source>“{value}” is not an answer to {item}: expected {expected}.</source>
        <translation>«{value}» ليست إجابة عن {item}: المتوقع {expected}.</translation>
    </message>
    <message>
        <source>{source}: expected a list of answers.</source>
        <translation>{source}: كان المتوقع قائمة إجابات.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>لم يُجب عنه</translation>
    </message>
    <message>
        <source>{source}: not readable as CSV ({reason}).</source>
        <translation>{source}: تتعذّر قراءته بصيغة CSV ({reason}).</translation>
    </message>
    <message>
        <source>Not fields an import fills: {fields}.</source>
        <translation>ليست حقولاً يملؤها الاستيراد: {fields}.</translation>
    </message>
    <message>
        <source>{source} is not JSON: {problem} at line {line}.</source>
        <translation>{source} ليس JSON: {problem} في السطر {line}.</translation>
    </message>
    <message>
        <source>{name} is not a JSON number.</source>
        <translation>{name} ليس رقم JSON.</translation>
    </message>
    <message>
        <source>Assessment {id} is not a self-assessment.</source>
        <translation>التقييم {id} ليس تقييماً ذاتياً.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} ليس نصاً بترميز UTF-8.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» ليس عدداً صحيحاً</translation>
    </message>
    <message>
        <source>{source} is not an XLSX workbook.</source>
        <translation>{source} ليس مصنف XLSX.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>تحتاج المنظمة إلى اسم.</translation>
    </message>
    <message>
        <source>Only a final assessment’s results can be overridden, not a {status} one.</source>
        <translation>لا يمكن تجاوز نتائج إلا تقييم نهائي، وليس تقييماً حالته {status}.</translation>
    </message>
    <message>
        <source>An override needs a justification.</source>
        <translation>يحتاج التجاوز إلى مبرر.</translation>
    </message>
    <message>
        <source>Template {template} does not allow overriding its results.</source>
        <translation>النموذج {template} لا يسمح بتجاوز نتائجه.</translation>
    </message>
    <message>
        <source>has been removed from the workshop</source>
        <translation>أُزيل من ورشة العمل</translation>
    </message>
    <message>
        <source>Partner “{name}” has been deleted.</source>
        <translation>حُذف الشريك «{name}».</translation>
    </message>
    <message>
        <source>{count} partners in the vault are named “{name}”; add this contact in the window</source>
        <translation>يحمل {count} من الشركاء في الخزنة الاسم «{name}»؛ أضف جهة الاتصال هذه من النافذة</translation>
    </message>
    <message>
        <source>{count} partners are named “{name}” ({ids}); use the id.</source>
        <translation>يحمل {count} من الشركاء الاسم «{name}» ({ids})؛ استخدم المعرّف.</translation>
    </message>
    <message>
        <source>Partner “{name}” is not assigned to device {device}.</source>
        <translation>الشريك «{name}» غير مُسند إلى الجهاز {device}.</translation>
    </message>
    <message>
        <source>The HQ database is closed.</source>
        <translation>قاعدة بيانات المقر الرئيسي مغلقة.</translation>
    </message>
    <message>
        <source>The database {url} already holds tables ({tables}…); HQ is made in an empty database.</source>
        <translation>قاعدة البيانات {url} تحتوي على جداول ({tables}…)؛ يُنشأ المقر الرئيسي في قاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <source>HQ on PostgreSQL needs psycopg: pip install &apos;fieldpartner[hq]&apos;.</source>
        <translation>يحتاج المقر الرئيسي على PostgreSQL إلى psycopg: pip install &apos;fieldpartner[hq]&apos;.</translation>
    </message>
    <message>
        <source>{url} is not a FieldPartner HQ database (make one with `fieldpartner-cli hq init`).</source>
        <translation>{url} ليست قاعدة بيانات مقر رئيسي لـ FieldPartner (أنشئ واحدة بالأمر `fieldpartner-cli hq init`).</translation>
    </message>
    <message>
        <source>The HQ database&apos;s schema is at migration {revision}, which this FieldPartner does not know (it was upgraded by a newer version).</source>
        <translation>مخطط قاعدة بيانات المقر الرئيسي عند الترحيل {revision}، وهو غير معروف لهذا الإصدار من FieldPartner (رقّاه إصدار أحدث).</translation>
    </message>
    <message>
        <source>The sealed setting {setting} does not open with HQ&apos;s key (it was altered).</source>
        <translation>الإعداد المختوم {setting} لا يُفتح بمفتاح المقر الرئيسي (تم تغييره).</translation>
    </message>
    <message>
        <source>The setting {setting} is damaged.</source>
        <translation>الإعداد {setting} تالف.</translation>
    </message>
    <message>
        <source>The setting {setting} is missing.</source>
        <translation>الإعداد {setting} مفقود.</translation>
    </message>
    <message>
        <source>The setting {setting} has an unknown format.</source>
        <translation>الإعداد {setting} بتنسيق غير معروف.</translation>
    </message>
    <message>
        <source>The vault holds tables this FieldPartner does not know: {tables}.</source>
        <translation>تحتوي الخزنة على جداول لا يعرفها هذا الإصدار من FieldPartner: {tables}.</translation>
    </message>
    <message>
        <source>Cannot use the HQ database {url}: {reason}</source>
        <translation>تعذّر استخدام قاعدة بيانات المقر الرئيسي {url}: {reason}</translation>
    </message>
    <message>
        <source>An HQ database is named by a postgresql://… URL.</source>
        <translation>تُحدَّد قاعدة بيانات المقر الرئيسي بعنوان postgresql://….</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>تعذّر استخدام {url}: {reason}</translation>
    </message>
    <message>
        <source>The passphrase does not open this HQ database.</source>
        <translation>عبارة المرور لا تفتح قاعدة بيانات المقر الرئيسي هذه.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>{file}: {key} is missing.</source>
        <translation>{file}: {key} مفقود.</translation>
    </message>
    <message>
        <source>{file} is not a FieldPartner organisation profile.</source>
        <translation>{file} ليس ملف تعريف منظمة FieldPartner.</translation>
    </message>
    <message>
        <source>{file} is not an organisation profile (not JSON).</source>
        <translation>{file} ليس ملف تعريف منظمة (ليس JSON).</translation>
    </message>
    <message>
        <source>{file}: the profile’s signature does not match its content.</source>
        <translation>{file}: توقيع ملف التعريف لا يطابق محتواه.</translation>
    </message>
    <message>
        <source>The profile’s templates hold a record that is not a template.</source>
        <translation>تحتوي نماذج ملف التعريف على سجل ليس نموذجاً.</translation>
    </message>
    <message>
        <source>{file}: templates must be a list of revision lines.</source>
        <translation>{file}: يجب أن تكون templates قائمة أسطر مراجعات.</translation>
    </message>
    <message>
        <source>{file} is too large to be an organisation profile.</source>
        <translation>{file} أكبر من أن يكون ملف تعريف منظمة.</translation>
    </message>
    <message>
        <source>{file} has profile version {version}; this FieldPartner reads version {readable}.</source>
        <translation>إصدار ملف التعريف {file} هو {version}؛ يقرأ FieldPartner هذا الإصدار {readable}.</translation>
    </message>
    <message>
        <source>a Linux program</source>
        <translation>برنامج Linux</translation>
    </message>
    <message>
        <source>a macOS program</source>
        <translation>برنامج macOS</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>برنامج Windows</translation>
    </message>
    <message>
        <source>Project “{project}” is not a project of “{partner}”.</source>
        <translation>المشروع «{project}» ليس من مشاريع «{partner}».</translation>
    </message>
    <message>
        <source>question {number} ({item}) “{title}”: {reason}</source>
        <translation>السؤال {number} ({item}) «{title}»: {reason}</translation>
    </message>
    <message>
        <source>“{name}” has been deleted</source>
        <translation>حُذف «{name}»</translation>
    </message>
    <message>
        <source>{where}: {field} {problem}</source>
        <translation>{where}: {field} {problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{kind} {record_id} is missing from this vault.</source>
        <translation>{kind} {record_id} مفقود من هذه الخزنة.</translation>
    </message>
    <message>
        <source>{where}: not valid JSON.</source>
        <translation>{where}: ليس JSON صالحاً.</translation>
    </message>
    <message>
        <source>{where}: a value cannot be stored.</source>
        <translation>{where}: لا يمكن حفظ إحدى القيم.</translation>
    </message>
    <message>
        <source>The recovery key contains “{char}”, which is not in its alphabet.</source>
        <translation>يحتوي مفتاح الاسترداد على «{char}»، وهو ليس من أبجديته.</translation>
    </message>
    <message>
        <source>A recovery key has 52 characters (13 groups of 4); this one has {count}.</source>
        <translation>مفتاح الاسترداد من 52 حرفاً (13 مجموعة من 4)؛ وهذا فيه {count}.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault (or vault.json’s recovery slot was altered).</source>
        <translation>مفتاح الاسترداد لا يفتح هذه الخزنة (أو عُدّلت خانة الاسترداد في vault.json).</translation>
    </message>
    <message>
        <source>The recovery key’s first character is out of range.</source>
        <translation>الحرف الأول من مفتاح الاسترداد خارج النطاق.</translation>
    </message>
    <message>
        <source>A recovery key is 32 bytes (52 characters).</source>
        <translation>مفتاح الاسترداد 32 بايت (52 حرفاً).</translation>
    </message>
    <message>
        <source>The recovery key: {problem}</source>
        <translation>مفتاح الاسترداد: {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {reasons}</source>
        <translation>الصف {row}: {reasons}</translation>
    </message>
    <message>
        <source>{backup} is not a FieldPartner vault or backup (no vault.json).</source>
        <translation>{backup} ليس خزنة FieldPartner ولا نسخة احتياطية منها (لا يوجد vault.json).</translation>
    </message>
    <message>
        <source>The backup and the place to restore it are the same folder.</source>
        <translation>النسخة الاحتياطية ومكان استعادتها هما المجلد نفسه.</translation>
    </message>
    <message>
        <source>{target} holds another vault; choose another place to restore this backup.</source>
        <translation>يحتوي {target} خزنة أخرى؛ اختر مكاناً آخر لاستعادة هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>{target} exists and is not a vault; choose another place.</source>
        <translation>{target} موجود وليس خزنة؛ اختر مكاناً آخر.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: device {sender} sent revision {rev} attributed to device {author}; a device may send only revisions it wrote or revisions this vault holds unchanged.</source>
        <translation>{kind} {record_id}: أرسل الجهاز {sender} المراجعة {rev} المنسوبة إلى الجهاز {author}؛ لا يرسل الجهاز إلا المراجعات التي كتبها أو التي تحتفظ بها هذه الخزنة دون تغيير.</translation>
    </message>
    <message>
        <source>{kind} {record_id} (revision {rev}): {field} {message}</source>
        <translation>{kind} {record_id} (المراجعة {rev}): {field} {message}</translation>
    </message>
    <message>
        <source>{where}: revision “{rev}” does not match its content.</source>
        <translation>{where}: المراجعة «{rev}» لا تطابق محتواها.</translation>
    </message>
    <message>
        <source>{kind} {record_id} (revision {rev}) is not the merge of its parents: {reason}</source>
        <translation>{kind} {record_id} (المراجعة {rev}) ليست دمج أصليها: {reason}</translation>
    </message>
    <message>
        <source>{kind} {record_id}: a revision is not in its head’s history.</source>
        <translation>{kind} {record_id}: إحدى المراجعات ليست في تاريخ المراجعة الرئيسية.</translation>
    </message>
    <message>
        <source>{where}: parents must be a sorted list of at most two revisions.</source>
        <translation>{where}: يجب أن تكون parents قائمة مرتبة من مراجعتين على الأكثر.</translation>
    </message>
    <message>
        <source>{where}: changed_at “{changed_at}” is not a UTC time.</source>
        <translation>{where}: changed_at «{changed_at}» ليس وقتاً بتوقيت UTC.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: revision {rev} appears twice.</source>
        <translation>{kind} {record_id}: تظهر المراجعة {rev} مرتين.</translation>
    </message>
    <message>
        <source>{id} has been deleted</source>
        <translation>حُذف {id}</translation>
    </message>
    <message>
        <source>guessable</source>
        <translation>يمكن تخمينها</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>too guessable</source>
        <translation>سهلة التخمين جداً</translation>
    </message>
    <message>
        <source>very guessable</source>
        <translation>سهلة التخمين</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>قوية جداً</translation>
    </message>
    <message>
        <source>Device {device} is revoked; nothing is sent to it.</source>
        <translation>الجهاز {device} مُلغى؛ لا يُرسل إليه شيء.</translation>
    </message>
    <message>
        <source>{setting}: “{raw}” is not a whole number.</source>
        <translation>{setting}: «{raw}» ليس عدداً صحيحاً.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB; split it.</source>
        <translation>{file} أكبر من {megabytes} ميغابايت؛ قسّمه.</translation>
    </message>
    <message>
        <source>Template {template} version {version} in the bundle differs from the one in this vault; a changed template needs a new version.</source>
        <translation>النموذج {template} الإصدار {version} في الحزمة يختلف عن الموجود في هذه الخزنة؛ النموذج المعدَّل يحتاج إصداراً جديداً.</translation>
    </message>
    <message>
        <source>Template {template} version {version}: device {sender} sent a template this vault does not hold; only HQ publishes or changes organisation templates (give HQ the template file to import).</source>
        <translation>النموذج {template} الإصدار {version}: أرسل الجهاز {sender} نموذجاً غير موجود في هذه الخزنة؛ المقر الرئيسي وحده ينشر نماذج المنظمة أو يعدّلها (أعطِ ملف النموذج للمقر الرئيسي ليستورده).</translation>
    </message>
    <message>
        <source>{template} version {version} is already in the vault with different content; a changed template needs a new version number.</source>
        <translation>{template} الإصدار {version} موجود بالفعل في الخزنة بمحتوى مختلف؛ النموذج المعدَّل يحتاج رقم إصدار جديداً.</translation>
    </message>
    <message>
        <source>Template {template} has no tiers, so no tier “{tier}”.</source>
        <translation>النموذج {template} بلا مستويات، فلا يوجد المستوى «{tier}».</translation>
    </message>
    <message>
        <source>Project “{project}” calls for the {needed} tier; to review it at the {tier} tier, lower the project’s tier and give the reason.</source>
        <translation>يتطلب المشروع «{project}» المستوى {needed}؛ لمراجعته بالمستوى {tier}، اخفض مستوى المشروع واذكر السبب.</translation>
    </message>
    <message>
        <source>Template {template} needs a tier: one of {tiers}.</source>
        <translation>يحتاج النموذج {template} إلى مستوى: واحد من {tiers}.</translation>
    </message>
    <message>
        <source>{source}: row {row} has more than {limit} columns.</source>
        <translation>{source}: الصف {row} فيه أكثر من {limit} عموداً.</translation>
    </message>
    <message>
        <source>{source}: more than {limit} rows; split the file.</source>
        <translation>{source}: أكثر من {limit} صف؛ قسّم الملف.</translation>
    </message>
    <message>
        <source>{kind} {record_id} has two head revisions.</source>
        <translation>{kind} {record_id} له مراجعتان رئيسيتان.</translation>
    </message>
    <message>
        <source>unknown item id “{item}”</source>
        <translation>معرّف بند غير معروف «{item}»</translation>
    </message>
    <message>
        <source>Item {item} has an unknown type “{type}”.</source>
        <translation>البند {item} من نوع غير معروف «{type}».</translation>
    </message>
    <message>
        <source>vault.db’s schema is at migration {current}, which this FieldPartner does not know (the vault was opened by a newer version, or it is damaged).</source>
        <translation>مخطط vault.db عند الترحيل {current}، الذي لا يعرفه FieldPartner هذا (فتح الخزنةَ إصدارٌ أحدث، أو أنها تالفة).</translation>
    </message>
    <message>
        <source>{where}: unknown record kind “{kind}”.</source>
        <translation>{where}: نوع سجل غير معروف «{kind}».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not in the vault’s partner; add it in the window</source>
        <translation>{field}: «{value}» غير موجود في الشريك المحفوظ في الخزنة؛ أضفه من النافذة</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new folder for the vault.</source>
        <translation>{path} موجود بالفعل؛ اختر مجلداً جديداً للخزنة.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>The new passphrase is {strength} (score {score} of {maximum}, at least {minimum} needed): {detail}</source>
        <translation>عبارة المرور الجديدة {strength} (الدرجة {score} من {maximum}، والمطلوب {minimum} على الأقل): {detail}</translation>
    </message>
    <message>
        <source>Wipe after {value} wrong passphrases: choose {low} to {high}, or off.</source>
        <translation>المحو بعد {value} من عبارات المرور الخاطئة: اختر من {low} إلى {high}، أو إيقاف.</translation>
    </message>
    <message>
        <source>Template {template} is answered by {allowed}, not {respondent}.</source>
        <translation>يجيب عن النموذج {template} {allowed}، وليس {respondent}.</translation>
    </message>
    <message>
        <source>{source} is not an XLSX file (not a zip archive).</source>
        <translation>{source} ليس ملف XLSX (ليس أرشيف zip).</translation>
    </message>
    <message>
        <source>{source} unpacks to more than {megabytes} MB; refused.</source>
        <translation>يُفكّ {source} إلى أكثر من {megabytes} ميغابايت؛ مرفوض.</translation>
    </message>
    <message>
        <source>{source} is not a readable XLSX workbook ({reason}).</source>
        <translation>{source} ليس مصنف XLSX قابلاً للقراءة ({reason}).</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>يجب أن يكون النموذج كائن JSON</translation>
    </message>
    <message>
        <source>{key!r} needs format_version 2</source>
        <translation>يتطلب {key!r} الإصدار format_version 2</translation>
    </message>
    <message>
        <source>{item_type!r} items need format_version 2</source>
        <translation>تتطلب البنود من نوع {item_type!r} الإصدار format_version 2</translation>
    </message>
    <message>
        <source>a {template_kind} template never feeds the partner&apos;s risk rating</source>
        <translation>النموذج من نوع {template_kind} لا يُسهم أبدًا في تصنيف مخاطر الشريك</translation>
    </message>
    <message>
        <source>tiers with up_to amounts need a tier_currency</source>
        <translation>المستويات ذات مبالغ up_to تتطلب tier_currency</translation>
    </message>
    <message>
        <source>the last tier has no upper amount (it covers everything above)</source>
        <translation>ليس للمستوى الأخير مبلغ أعلى (فهو يشمل كل ما فوقه)</translation>
    </message>
    <message>
        <source>every tier but the last needs an up_to amount</source>
        <translation>كل مستوى عدا الأخير يتطلب مبلغ up_to</translation>
    </message>
    <message>
        <source>up_to amounts must increase from tier to tier</source>
        <translation>يجب أن تتزايد مبالغ up_to من مستوى إلى آخر</translation>
    </message>
    <message>
        <source>a tier_currency without tiers</source>
        <translation>tier_currency دون مستويات</translation>
    </message>
    <message>
        <source>refers to unknown item {item!r}</source>
        <translation>يشير إلى بند غير معروف {item!r}</translation>
    </message>
    <message>
        <source>{item} is a {item_type} item, not a date</source>
        <translation>{item} بند من نوع {item_type} وليس تاريخًا</translation>
    </message>
    <message>
        <source>give review_every_months too: it sets the next review when the date is not answered</source>
        <translation>أضف review_every_months أيضًا: فهو يحدد المراجعة التالية عندما لا يُجاب عن التاريخ</translation>
    </message>
    <message>
        <source>the {language} translation is missing</source>
        <translation>الترجمة {language} مفقودة</translation>
    </message>
    <message>
        <source>the {language} translation is empty</source>
        <translation>الترجمة {language} فارغة</translation>
    </message>
    <message>
        <source>&apos;overall&apos; is reserved for the overall result</source>
        <translation>المعرّف &apos;overall&apos; محجوز للنتيجة الإجمالية</translation>
    </message>
    <message>
        <source>duplicate id {ident!r} (first used at {first})</source>
        <translation>المعرّف {ident!r} مكرر (استُخدم أولًا في {first})</translation>
    </message>
    <message>
        <source>duplicate tier {ident!r}</source>
        <translation>المستوى {ident!r} مكرر</translation>
    </message>
    <message>
        <source>level values must be unique</source>
        <translation>يجب أن تكون قيم الدرجات فريدة</translation>
    </message>
    <message>
        <source>levels must be listed lowest first</source>
        <translation>يجب إدراج الدرجات من الأدنى إلى الأعلى</translation>
    </message>
    <message>
        <source>weight {weight} is negative</source>
        <translation>الوزن {weight} سالب</translation>
    </message>
    <message>
        <source>unknown tier {ident!r} (the template declares: {declared})</source>
        <translation>مستوى غير معروف {ident!r} (يعلن النموذج: {declared})</translation>
    </message>
    <message>
        <source>a scored item needs a scale</source>
        <translation>البند المُقيَّم بالدرجات يتطلب مقياسًا</translation>
    </message>
    <message>
        <source>unknown scale {scale!r}</source>
        <translation>مقياس غير معروف {scale!r}</translation>
    </message>
    <message>
        <source>a {item_type} item has no scale (only scored items do)</source>
        <translation>البند من نوع {item_type} ليس له مقياس (البنود المُقيَّمة بالدرجات فقط لها مقياس)</translation>
    </message>
    <message>
        <source>only scored items have level descriptors</source>
        <translation>البنود المُقيَّمة بالدرجات فقط لها واصفات للدرجات</translation>
    </message>
    <message>
        <source>a {item_type} item needs options</source>
        <translation>البند من نوع {item_type} يتطلب خيارات</translation>
    </message>
    <message>
        <source>duplicate option {value!r}</source>
        <translation>الخيار {value!r} مكرر</translation>
    </message>
    <message>
        <source>a {item_type} item has no options</source>
        <translation>البند من نوع {item_type} ليس له خيارات</translation>
    </message>
    <message>
        <source>a {item_type} item&apos;s answers carry no {key}</source>
        <translation>إجابات البند من نوع {item_type} لا تحمل {key}</translation>
    </message>
    <message>
        <source>{answer!r} is not an answer of this item ({answers})</source>
        <translation>{answer!r} ليست إجابة لهذا البند ({answers})</translation>
    </message>
    <message>
        <source>a key item must be scored, but this {item_type} item&apos;s answers carry no points or risk</source>
        <translation>يجب أن يكون البند الرئيسي مُقيَّمًا، لكن إجابات هذا البند من نوع {item_type} لا تحمل نقاطًا ولا مخاطر</translation>
    </message>
    <message>
        <source>risk bands apply to number and computed items, not {item_type}</source>
        <translation>شرائح المخاطر تنطبق على البنود الرقمية والمحسوبة، لا على {item_type}</translation>
    </message>
    <message>
        <source>bands must start in increasing order</source>
        <translation>يجب أن تبدأ الشرائح بترتيب تصاعدي</translation>
    </message>
    <message>
        <source>this template is answered by {answered_by}, so an item for {asked} would never be asked</source>
        <translation>يُجيب عن هذا النموذج {answered_by}، لذا لن يُطرح أبدًا بند موجّه إلى {asked}</translation>
    </message>
    <message>
        <source>min, max and unit apply to number items, not {item_type}</source>
        <translation>تنطبق min وmax وunit على البنود الرقمية، لا على {item_type}</translation>
    </message>
    <message>
        <source>max {high} is below min {low}</source>
        <translation>max {high} أقل من min {low}</translation>
    </message>
    <message>
        <source>a computed item needs compute (actions or ratio)</source>
        <translation>البند المحسوب يتطلب compute (actions أو ratio)</translation>
    </message>
    <message>
        <source>a {item_type} item is answered, not computed</source>
        <translation>البند من نوع {item_type} يُجاب عنه ولا يُحسب</translation>
    </message>
    <message>
        <source>a computed item is never answered by hand</source>
        <translation>البند المحسوب لا يُجاب عنه يدويًا أبدًا</translation>
    </message>
    <message>
        <source>a ratio needs exactly one of section, items</source>
        <translation>تتطلب النسبة واحدًا بالضبط من section وitems</translation>
    </message>
    <message>
        <source>unknown section {section!r}</source>
        <translation>قسم غير معروف {section!r}</translation>
    </message>
    <message>
        <source>unknown item {item!r}</source>
        <translation>بند غير معروف {item!r}</translation>
    </message>
    <message>
        <source>a ratio cannot count itself</source>
        <translation>لا يمكن للنسبة أن تحسب نفسها</translation>
    </message>
    <message>
        <source>{value!r} is reserved for an answer state</source>
        <translation>{value!r} محجوز لحالة إجابة</translation>
    </message>
    <message>
        <source>unknown tier {ident!r}</source>
        <translation>مستوى غير معروف {ident!r}</translation>
    </message>
    <message>
        <source>the scale has no level {level}</source>
        <translation>ليس في المقياس درجة {level}</translation>
    </message>
    <message>
        <source>no descriptor for level {levels} (give one in the scale or in the item&apos;s descriptors)</source>
        <translation>لا واصف للدرجة {levels} (أضف واحدًا في المقياس أو في واصفات البند)</translation>
    </message>
    <message>
        <source>{key} is used only by the {method} method</source>
        <translation>لا يستخدم {key} إلا الأسلوب {method}</translation>
    </message>
    <message>
        <source>the {method} method gives no score to band</source>
        <translation>الأسلوب {method} لا يعطي درجة تُوزَّع على الشرائح</translation>
    </message>
    <message>
        <source>there are no sections directly below to combine</source>
        <translation>لا توجد أقسام مباشرة أدناه لدمجها</translation>
    </message>
    <message>
        <source>the {method} method adds up items; over sections use weighted_mean or highest_risk</source>
        <translation>الأسلوب {method} يجمع البنود؛ استخدم weighted_mean أو highest_risk على الأقسام</translation>
    </message>
    <message>
        <source>section {section!r} ({method}) has no score to average</source>
        <translation>القسم {section!r} ({method}) ليس له درجة لحساب المتوسط</translation>
    </message>
    <message>
        <source>no item here scores points for {method}</source>
        <translation>لا يوجد هنا بند يعطي نقاطًا للأسلوب {method}</translation>
    </message>
    <message>
        <source>no item here maps its answers to a risk</source>
        <translation>لا يوجد هنا بند يربط إجاباته بمخاطر</translation>
    </message>
    <message>
        <source>no item here has answers to count</source>
        <translation>لا يوجد هنا بند له إجابات تُعدّ</translation>
    </message>
    <message>
        <source>no item here can be answered {value!r}</source>
        <translation>لا يوجد هنا بند يمكن أن تكون إجابته {value!r}</translation>
    </message>
    <message>
        <source>a risk scoring&apos;s bands give a rating, not a level</source>
        <translation>شرائح تقييم المخاطر تعطي تصنيفًا لا درجة</translation>
    </message>
    <message>
        <source>a band needs a rating</source>
        <translation>الشريحة تتطلب تصنيفًا</translation>
    </message>
    <message>
        <source>a {vocabulary} scoring&apos;s bands give a level ({levels}), not a risk rating</source>
        <translation>شرائح تقييم {vocabulary} تعطي درجة ({levels}) لا تصنيف مخاطر</translation>
    </message>
    <message>
        <source>a band needs a level ({levels})</source>
        <translation>الشريحة تتطلب درجة ({levels})</translation>
    </message>
    <message>
        <source>{level!r} is not a {vocabulary} level ({levels})</source>
        <translation>{level!r} ليست درجة {vocabulary} ({levels})</translation>
    </message>
    <message>
        <source>duplicate result id {ident!r} (&apos;overall&apos; is reserved)</source>
        <translation>معرّف النتيجة {ident!r} مكرر (&apos;overall&apos; محجوز)</translation>
    </message>
    <message>
        <source>the {method} method gives no score for {vocabulary} bands</source>
        <translation>الأسلوب {method} لا يعطي درجة لشرائح {vocabulary}</translation>
    </message>
    <message>
        <source>a band needs exactly one of from, from_fraction</source>
        <translation>الشريحة تتطلب واحدًا بالضبط من from وfrom_fraction</translation>
    </message>
    <message>
        <source>bands must start in increasing order ({value} follows {previous})</source>
        <translation>يجب أن تبدأ الشرائح بترتيب تصاعدي ({value} يأتي بعد {previous})</translation>
    </message>
    <message>
        <source>use either from or from_fraction in all bands, not both</source>
        <translation>استخدم from أو from_fraction في كل الشرائح، لا كليهما</translation>
    </message>
    <message>
        <source>bands do not cover the range: scores below {start:g} of the range get no rating (start the first band at 0)</source>
        <translation>الشرائح لا تغطي النطاق: الدرجات الأدنى من {start:g} من النطاق لا تحصل على تصنيف (ابدأ الشريحة الأولى من 0)</translation>
    </message>
    <message>
        <source>bands do not cover the range: scores can be as low as {low:g} but the first band starts at {start:g}</source>
        <translation>الشرائح لا تغطي النطاق: قد تنخفض الدرجات إلى {low:g} لكن الشريحة الأولى تبدأ من {start:g}</translation>
    </message>
    <message>
        <source>band starting at {start:g} can never be reached; the highest possible score is {high:g}</source>
        <translation>الشريحة التي تبدأ من {start:g} لا يمكن بلوغها أبدًا؛ أعلى درجة ممكنة هي {high:g}</translation>
    </message>
    <message>
        <source>duplicate rule id {ident!r}</source>
        <translation>معرّف القاعدة {ident!r} مكرر</translation>
    </message>
    <message>
        <source>&apos;result&apos; needs format_version 2</source>
        <translation>يتطلب &apos;result&apos; الإصدار format_version 2</translation>
    </message>
    <message>
        <source>refers to unknown result {result!r}</source>
        <translation>يشير إلى نتيجة غير معروفة {result!r}</translation>
    </message>
    <message>
        <source>a risk rule needs a rating (or level), a decision or both</source>
        <translation>قاعدة المخاطر تتطلب تصنيفًا (أو درجة) أو قرارًا أو كليهما</translation>
    </message>
    <message>
        <source>result {result} gives levels ({levels}), not risk ratings</source>
        <translation>النتيجة {result} تعطي درجات ({levels}) لا تصنيفات مخاطر</translation>
    </message>
    <message>
        <source>{level!r} is not a level of {result} ({levels})</source>
        <translation>{level!r} ليست درجة من درجات {result} ({levels})</translation>
    </message>
    <message>
        <source>result {result} gives risk ratings, not levels</source>
        <translation>النتيجة {result} تعطي تصنيفات مخاطر لا درجات</translation>
    </message>
    <message>
        <source>applicability depends on itself: {cycle}</source>
        <translation>قابلية التطبيق تعتمد على نفسها: {cycle}</translation>
    </message>
    <message>
        <source>an expression must be a non-empty object</source>
        <translation>يجب أن يكون التعبير كائنًا غير فارغ</translation>
    </message>
    <message>
        <source>unknown expression key {key!r}</source>
        <translation>مفتاح تعبير غير معروف {key!r}</translation>
    </message>
    <message>
        <source>an expression needs exactly one of {terms} (found {found})</source>
        <translation>يتطلب التعبير واحدًا فقط من {terms} (الموجود: {found})</translation>
    </message>
    <message>
        <source>an expression needs exactly one of {terms} (found none)</source>
        <translation>يتطلب التعبير واحدًا فقط من {terms} (لم يوجد أي منها)</translation>
    </message>
    <message>
        <source>{key!r} is not used with {term!r}</source>
        <translation>لا يُستخدم {key!r} مع {term!r}</translation>
    </message>
    <message>
        <source>{term!r} can only be used in risk rules</source>
        <translation>لا يمكن استخدام {term!r} إلا في قواعد المخاطر</translation>
    </message>
    <message>
        <source>must be a non-empty list of expressions</source>
        <translation>يجب أن تكون قائمة غير فارغة من التعبيرات</translation>
    </message>
    <message>
        <source>must be a non-empty list of tier ids</source>
        <translation>يجب أن تكون قائمة غير فارغة من معرّفات المستويات</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>يجب أن تكون القيمة true</translation>
    </message>
    <message>
        <source>a project_amount test needs one of gte, gt, lte, lt</source>
        <translation>يتطلب اختبار project_amount أحد gte أو gt أو lte أو lt</translation>
    </message>
    <message>
        <source>must be a non-empty list of levels</source>
        <translation>يجب أن تكون قائمة غير فارغة من الدرجات</translation>
    </message>
    <message>
        <source>{value!r} is not a word of {result} ({levels})</source>
        <translation>{value!r} ليست درجة من درجات {result} ({levels})</translation>
    </message>
    <message>
        <source>a score test needs one of gte, gt, lte, lt</source>
        <translation>يتطلب اختبار النتيجة أحد gte أو gt أو lte أو lt</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن تكون القيمة true أو false</translation>
    </message>
    <message>
        <source>an answer test needs one of {tests}</source>
        <translation>يتطلب اختبار الإجابة أحد {tests}</translation>
    </message>
    <message>
        <source>{item} can never be answered {value!r} ({answers})</source>
        <translation>لا يمكن أبدًا أن تكون إجابة {item} هي {value!r} ({answers})</translation>
    </message>
    <message>
        <source>{item} has no numeric answer to compare with {op}</source>
        <translation>ليس لـ {item} إجابة رقمية للمقارنة بـ {op}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>يجب أن تكون رقمًا</translation>
    </message>
    <message>
        <source>must be a non-empty list of answers</source>
        <translation>يجب أن تكون قائمة غير فارغة من الإجابات</translation>
    </message>
    <message>
        <source>answers must be text or numbers</source>
        <translation>يجب أن تكون الإجابات نصوصًا أو أرقامًا</translation>
    </message>
    <message>
        <source>must be a non-empty list of ratings ({ratings})</source>
        <translation>يجب أن تكون قائمة غير فارغة من التصنيفات ({ratings})</translation>
    </message>
    <message>
        <source>{value!r} is not a rating</source>
        <translation>{value!r} ليست تصنيفًا</translation>
    </message>
    <message>
        <source>refers to unknown section {section!r} (or use &apos;overall&apos;)</source>
        <translation>يشير إلى قسم غير معروف {section!r} (أو استخدم &apos;overall&apos;)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
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
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
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
    <name>RecordFields</name>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>الانتماءات</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>الاتفاق موقَّع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>يجيب عنه</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Assessment kind</source>
        <translation>صنف التقييم</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>المقيّمون</translation>
    </message>
    <message>
        <source>Back donor</source>
        <translation>الجهة المانحة الأصلية</translation>
    </message>
    <message>
        <source>Template content</source>
        <translation>محتوى النموذج</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>نوع الدعوة</translation>
    </message>
    <message>
        <source>Partnership category</source>
        <translation>فئة الشراكة</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>قنوات الاتصال</translation>
    </message>
    <message>
        <source>Co-design input</source>
        <translation>مساهمات التصميم المشترك</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Contact: address</source>
        <translation>جهة الاتصال: العنوان</translation>
    </message>
    <message>
        <source>Contact: email</source>
        <translation>جهة الاتصال: البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>جهة الاتصال: الاسم</translation>
    </message>
    <message>
        <source>Contact: notes</source>
        <translation>جهة الاتصال: ملاحظات</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>جهة الاتصال: الهاتف</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>جهة الاتصال: الدور</translation>
    </message>
    <message>
        <source>Contact: Signal</source>
        <translation>جهة الاتصال: سيغنال</translation>
    </message>
    <message>
        <source>Contact: Telegram</source>
        <translation>جهة الاتصال: تيليغرام</translation>
    </message>
    <message>
        <source>Contact: WhatsApp</source>
        <translation>جهة الاتصال: واتساب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Due-diligence tier</source>
        <translation>مستوى العناية الواجبة</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>ملاحظة الدليل</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>معايير الخروج</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرون</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>تاريخ الإتمام</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>الحوكمة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Local anchoring</source>
        <translation>الترسّخ المحلي</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>الولاية</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>طريقة الشراكة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Template origin</source>
        <translation>مصدر النموذج</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
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
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Recommended decision</source>
        <translation>القرار الموصى به</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>مسؤول العلاقة</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>مَن يجيب</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>ملاحظات المراجعة</translation>
    </message>
    <message>
        <source>Workshop reviewed</source>
        <translation>ورشة العمل المُراجَعة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Report kind</source>
        <translation>صنف التقرير</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>بصمة الملف (SHA-256)</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>حجم الملف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>إصدار النموذج</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>سبب الإنهاء</translation>
    </message>
    <message>
        <source>Reason for a lower tier</source>
        <translation>سبب اختيار مستوى أدنى</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>تعذّرت القراءة: {reason}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
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
        <source>From what you wrote down (not from the screen), type group {number} of {count} of the key:</source>
        <translation>ممّا دوّنته (لا من الشاشة)، اكتب المجموعة {number} من {count} من المفتاح:</translation>
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
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>الفتح بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or printed when the vault was created (13 groups of 4 characters), then choose a new passphrase. The forgotten passphrase stops working.</source>
        <translation>اكتب مفتاح الاسترداد الذي دوّنته أو طبعته عند إنشاء الخزنة (13 مجموعة من 4 أحرف)، ثم اختر عبارة مرور جديدة. تتوقف العبارة المنسية عن العمل.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>الخزنة:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>مفتاح الاسترداد:</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>جارٍ فتح الخزنة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key</source>
        <translation>فتح الخزنة بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Group {number} ({group}) contains “{char}”, which is not in a recovery key. Keys use the digits and the letters A–Z without I, L, O and U.</source>
        <translation>تحتوي المجموعة {number} ({group}) على «{char}»، وهو ليس من أحرف مفتاح الاسترداد. تستخدم المفاتيح الأرقام والحروف A–Z ما عدا I وL وO وU.</translation>
    </message>
    <message>
        <source>Group {number} ({group}) has {count} characters; each group has {size}.</source>
        <translation>في المجموعة {number} ({group}) {count} أحرف؛ كل مجموعة فيها {size}.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>جارٍ فتح الخزنة…</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Compare each group with the paper, one by one (0 and O, 1 and I or L are read alike). Nothing was changed.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة. قارن كل مجموعة بالورقة، واحدة تلو الأخرى (يُقرأ 0 وO، و1 وI أو L على أنها الحرف نفسه). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>لم يتغير شيء: {reason}</translation>
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
        <source>Only the latest assessment of each kind</source>
        <translation>آخر تقييم من كل صنف فقط</translation>
    </message>
    <message>
        <source>Full reports of the latest assessment of each kind and of the latest workshop only. Otherwise the dossier has every assessment (drafts marked as drafts) and every workshop.</source>
        <translation>تقارير كاملة عن آخر تقييم من كل صنف وعن آخر ورشة عمل فقط. وإلا فسيتضمن الملف كل التقييمات (مع تمييز المسودات بوصفها مسودات) وكل ورش العمل.</translation>
    </message>
    <message>
        <source>Keep location and camera details in photos</source>
        <translation>الاحتفاظ بالموقع وبيانات الكاميرا في الصور</translation>
    </message>
    <message>
        <source>Off: photos and the logo go into the report without their GPS position, camera and time taken. A report leaves the vault&apos;s protection.</source>
        <translation>عند الإيقاف: تدخل الصور والشعار في التقرير دون موقع GPS والكاميرا ووقت الالتقاط. التقرير يخرج من حماية الخزنة.</translation>
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
        <source>%Ln page(s).</source>
        <translation>
            <numerusform>لا صفحات.</numerusform>
            <numerusform>صفحة واحدة.</numerusform>
            <numerusform>صفحتان.</numerusform>
            <numerusform>%Ln صفحات.</numerusform>
            <numerusform>%Ln صفحة.</numerusform>
            <numerusform>%Ln صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no report was kept.</source>
        <translation>أُلغي: لم يُحتفظ بأي تقرير.</translation>
    </message>
    <message>
        <source>The report was not made: {reason}</source>
        <translation>لم يُنشأ التقرير: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>لم تُرسل أي صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>لم تتم الطباعة: {reason}</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>جارٍ طباعة التقرير…</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the backup and where the vault goes. If a vault is already there, it is kept under another name, not deleted.</source>
        <translation>اختر النسخة الاحتياطية ومكان الخزنة. إن كانت هناك خزنة بالفعل، فإنها تُحفظ باسم آخر ولا تُحذف.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>اختيار النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Where the vault goes</source>
        <translation>مكان الخزنة</translation>
    </message>
    <message>
        <source>Choose where the vault goes</source>
        <translation>اختيار مكان الخزنة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>الاستعادة إلى:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>جارٍ الاستعادة</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختيار مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>{folder} is not a FieldPartner backup.</source>
        <translation>{folder} ليس نسخة احتياطية من FieldPartner.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية واستعادتها…</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Nothing was changed.</source>
        <translation>عبارة المرور لا تفتح هذه النسخة الاحتياطية. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>لم يتغير شيء: {reason}</translation>
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
        <source>{result} set to {value} by {by}: {why}</source>
        <translation>{result} حُدد بـ {value} من قبل {by}: {why}</translation>
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
        <source>%Ln action(s) proposed</source>
        <translation>
            <numerusform>لم يُقترح أي إجراء</numerusform>
            <numerusform>اقتُرح إجراء واحد</numerusform>
            <numerusform>اقتُرح إجراءان</numerusform>
            <numerusform>اقتُرحت %Ln إجراءات</numerusform>
            <numerusform>اقتُرح %Ln إجراءً</numerusform>
            <numerusform>اقتُرح %Ln إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) added to the plan</source>
        <translation>
            <numerusform>لم يُضف أي إجراء إلى الخطة</numerusform>
            <numerusform>أُضيف إجراء واحد إلى الخطة</numerusform>
            <numerusform>أُضيف إجراءان إلى الخطة</numerusform>
            <numerusform>أُضيفت %Ln إجراءات إلى الخطة</numerusform>
            <numerusform>أُضيف %Ln إجراءً إلى الخطة</numerusform>
            <numerusform>أُضيف %Ln إجراء إلى الخطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed action(s) dropped</source>
        <translation>
            <numerusform>لم يُستبعد أي إجراء مقترح</numerusform>
            <numerusform>استُبعد إجراء مقترح واحد</numerusform>
            <numerusform>استُبعد إجراءان مقترحان</numerusform>
            <numerusform>استُبعدت %Ln إجراءات مقترحة</numerusform>
            <numerusform>استُبعد %Ln إجراءً مقترحًا</numerusform>
            <numerusform>استُبعد %Ln إجراء مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
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
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke device {device}?</source>
        <translation>إلغاء تسجيل الجهاز {device}؟</translation>
    </message>
    <message>
        <source>Revoke a device that is lost, seized or no longer used. From now on every bundle from it is refused, including changes made on it that have not reached HQ yet, and HQ sends it nothing more. The device itself is not wiped. This cannot be undone here.</source>
        <translation>ألغِ تسجيل الجهاز المفقود أو المُصادَر أو الذي لم يعد مستخدمًا. من الآن فصاعدًا تُرفض كل حزمة واردة منه، بما في ذلك التغييرات التي أُجريت عليه ولم تصل إلى المقر الرئيسي بعد، ولن يرسل إليه المقر الرئيسي شيئًا بعد ذلك. لا يُمسح الجهاز نفسه. ولا يمكن التراجع عن ذلك من هنا.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>البصمة: {fingerprint}</translation>
    </message>
    <message>
        <source>Type the device&apos;s short id, {device}, to confirm:</source>
        <translation>اكتب المعرّف المختصر للجهاز، {device}، للتأكيد:</translation>
    </message>
    <message>
        <source>The device&apos;s short id, to confirm</source>
        <translation>المعرّف المختصر للجهاز، للتأكيد</translation>
    </message>
    <message>
        <source>&amp;Revoke device</source>
        <translation>إلغاء تسجيل الجهاز</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>إلغاء تسجيل الجهاز</translation>
    </message>
    <message>
        <source>Keep the device</source>
        <translation>الإبقاء على الجهاز</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>viewer</source>
        <translation>مُطّلع</translation>
    </message>
    <message>
        <source>programme officer</source>
        <translation>مسؤول برامج</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>Your role in HQ&apos;s database ({role}) does not allow this</source>
        <translation>دورك في قاعدة بيانات المقر ({role}) لا يسمح بذلك</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Changing the security settings</source>
        <translation>جارٍ تغيير إعدادات الأمان</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
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
        <source>Wipe the vault after</source>
        <translation>امسح الخزنة بعد</translation>
    </message>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>مسح الخزنة بعد عبارات مرور خاطئة</translation>
    </message>
    <message>
        <source>Wrong passphrases in a row before the wipe</source>
        <translation>عدد عبارات المرور الخاطئة المتتالية قبل المسح</translation>
    </message>
    <message>
        <source>wrong passphrases in a row</source>
        <translation>عبارات مرور خاطئة متتالية</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Use a duress passphrase</source>
        <translation>استخدام عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Typed instead of the passphrase, the duress passphrase destroys this vault without a word and opens a small harmless vault in its place. A copy of the disk taken before it is typed still holds the real vault.</source>
        <translation>إذا كُتبت عبارة مرور الإكراه بدلاً من عبارة المرور فإنها تُتلف هذه الخزنة بصمت وتفتح مكانها خزنة صغيرة غير ضارة. نسخة القرص المأخوذة قبل كتابتها ما زالت تحوي الخزنة الحقيقية.</translation>
    </message>
    <message>
        <source>New duress passphrase</source>
        <translation>عبارة مرور إكراه جديدة</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>أعد كتابة عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>D&amp;uress passphrase:</source>
        <translation>عبارة مرور الإ&amp;كراه:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>أ&amp;عد كتابتها:</translation>
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
        <source>The vault&apos;s passphrase, to change these</source>
        <translation>عبارة مرور الخزنة لتغيير هذه الإعدادات</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>عبارة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>Changing a security setting needs the vault&apos;s passphrase again.</source>
        <translation>يتطلب تغيير أي إعداد أمان كتابة عبارة مرور الخزنة مرة أخرى.</translation>
    </message>
    <message>
        <source>HQ&apos;s database is protected by its server (access, backups, encryption: see the operator&apos;s guide). Locking after no use, wiping and a duress passphrase are for a vault on this computer.</source>
        <translation>قاعدة بيانات المقر يحميها خادمها (الوصول والنسخ الاحتياطية والتشفير: انظر دليل المشغّل). القفل بعد عدم الاستخدام والمحو وعبارة مرور الإكراه خاصة بخزنة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Only for a vault on this computer, not HQ&apos;s database</source>
        <translation>فقط لخزنة على هذا الحاسوب، لا لقاعدة بيانات المقر</translation>
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
        <source>Type the vault&apos;s passphrase to change the security settings.</source>
        <translation>اكتب عبارة مرور الخزنة لتغيير إعدادات الأمان.</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>اكتب عبارة مرور الإكراه مرتين.</translation>
    </message>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>عبارتا مرور الإكراه مختلفتان.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try. Nothing was changed.</source>
        <translation>عدد كبير من عبارات المرور الخاطئة المتتالية ({n}). انتظر {seconds} ثانية قبل المحاولة التالية. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. Nothing was changed.</source>
        <translation>هذه ليست عبارة مرور الخزنة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The security settings were not changed: {reason}</source>
        <translation>لم تتغير إعدادات الأمان: {reason}</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A new language applies at once; what you are typing is saved first.</source>
        <translation>تُطبَّق اللغة الجديدة فوراً؛ ويُحفظ ما تكتبه أولاً.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>This vault does not belong to an organisation yet. Sync moves data between the field and headquarters as encrypted bundle files, on a USB stick or as an attachment.

Field officer: join your organisation with the profile file HQ gave you and HQ&apos;s fingerprint, which HQ reads to you over the phone.

Headquarters: set up this vault as the organisation&apos;s HQ once; you then hand the profile file to every field officer.</source>
        <translation>لا تنتمي هذه الخزنة إلى أي منظمة بعد. تنقل المزامنة البيانات بين الميدان والمقر الرئيسي في صورة ملفات حزم مشفّرة، على ذاكرة USB أو مرفقًا.

الموظف الميداني: انضم إلى منظمتك بملف التعريف الذي سلّمك إياه المقر الرئيسي وببصمة المقر الرئيسي، التي يقرؤها لك عبر الهاتف.

المقر الرئيسي: أعِدّ هذه الخزنة مرة واحدة بوصفها المقر الرئيسي للمنظمة، ثم سلّم ملف التعريف إلى كل موظف ميداني.</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>الانضمام إلى منظمة…</translation>
    </message>
    <message>
        <source>Join an organisation with HQ&apos;s profile file</source>
        <translation>الانضمام إلى منظمة بملف تعريف المقر الرئيسي</translation>
    </message>
    <message>
        <source>Set up this vault as &amp;HQ…</source>
        <translation>إعداد هذه الخزنة بوصفها المقر الرئيسي…</translation>
    </message>
    <message>
        <source>Set up this vault as the organisation&apos;s HQ</source>
        <translation>إعداد هذه الخزنة بوصفها المقر الرئيسي للمنظمة</translation>
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
    <name>ShowPassphrase</name>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Show the passphrase as text</source>
        <translation>إظهار عبارة المرور نصًا</translation>
    </message>
</context>
<context>
    <name>StaleNotice</name>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Show the record as it is now</source>
        <translation>عرض السجل كما هو الآن</translation>
    </message>
    <message>
        <source>Replace what you typed with the record as it is now, then edit again</source>
        <translation>استبدال ما كتبته بالسجل كما هو الآن، ثم التعديل من جديد</translation>
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
        <source>Problem report…</source>
        <translation>تقرير المشكلات…</translation>
    </message>
    <message>
        <source>What went wrong recently, to copy for whoever supports FieldPartner</source>
        <translation>ما تعطّل مؤخرًا، لنسخه إلى من يتولى دعم FieldPartner</translation>
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
        <source>Type the words to accept a weak passphrase</source>
        <translation>اكتب الكلمات لقبول عبارة مرور ضعيفة</translation>
    </message>
    <message>
        <source>&amp;Accept:</source>
        <translation>&amp;قبول:</translation>
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
        <source>I accept a weak passphrase</source>
        <translation>أقبل عبارة مرور ضعيفة</translation>
    </message>
    <message>
        <source>Choose where to create the vault</source>
        <translation>اختر مكان إنشاء الخزنة</translation>
    </message>
    <message>
        <source>You can try the passphrase again now.</source>
        <translation>يمكنك تجربة عبارة المرور مرة أخرى الآن.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try.</source>
        <translation>عدد كبير من عبارات المرور الخاطئة المتتالية ({n}). انتظر {seconds} ثانية قبل المحاولة التالية.</translation>
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
        <source>That was wrong passphrase {n} in a row. As this vault&apos;s security settings ask, the vault has been wiped: it can no longer be opened, with any passphrase or the recovery key.</source>
        <translation>كانت هذه عبارة المرور الخاطئة رقم {n} على التوالي. كما تطلب إعدادات أمان هذه الخزنة، مُسحت الخزنة: لم يعد فتحها ممكناً بأي عبارة مرور أو بمفتاح الاستعادة.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try; this try was not checked.</source>
        <translation>عدد كبير من عبارات المرور الخاطئة المتتالية ({n}). انتظر {seconds} ثانية قبل المحاولة التالية؛ لم يُتحقق من هذه المحاولة.</translation>
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
        <source>This passphrase is weak: someone who gets the laptop could guess it. {advice} To use it anyway, type “{words}” below.</source>
        <translation>عبارة المرور هذه ضعيفة: يمكن لمن يحصل على الحاسوب أن يخمنها. {advice} لاستخدامها رغم ذلك، اكتب «{words}» أدناه.</translation>
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
        <source>The vault was not created: {reason}</source>
        <translation>لم تُنشأ الخزنة: {reason}</translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery key…</source>
        <translation>نسيتها؟ استخدم مفتاح الاسترداد…</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key and choose a new passphrase</source>
        <translation>فتح الخزنة بمفتاح الاسترداد واختيار عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put a backup made with File, Back up, back as a vault</source>
        <translation>إعادة نسخة احتياطية صُنعت من ملف، نسخ احتياطي، إلى خزنة</translation>
    </message>
    <message>
        <source>Choose the vault folder first, then use its recovery key.</source>
        <translation>اختر مجلد الخزنة أولًا، ثم استخدم مفتاح الاسترداد الخاص به.</translation>
    </message>
    <message>
        <source>The backup is restored. Unlock it with its passphrase.</source>
        <translation>اُستعيدت النسخة الاحتياطية. افتح قفلها بعبارة المرور الخاصة بها.</translation>
    </message>
    <message>
        <source>The vault that was there is kept as {folder}.</source>
        <translation>الخزنة التي كانت هناك محفوظة باسم {folder}.</translation>
    </message>
</context>
<context>
    <name>StartingTab</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncBatch</name>
    <message>
        <source>Already imported; nothing changed.</source>
        <translation>مستوردة من قبل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Not imported: you did not enrol the device that sent it.</source>
        <translation>لم تُستورد: لم تسجّل الجهاز الذي أرسلها.</translation>
    </message>
    <message>
        <source>The same bundle as {file}; imported once.</source>
        <translation>الحزمة نفسها مثل {file}؛ استُوردت مرة واحدة.</translation>
    </message>
    <message>
        <source>Not imported: cancelled.</source>
        <translation>لم تُستورد: أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>Not imported: the file changed after the preview. Import it again.</source>
        <translation>لم تُستورد: تغيّر الملف بعد المعاينة. استوردها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>التقارير المستحقة</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>ورش العمل</translation>
    </message>
    <message>
        <source>Workshop participants</source>
        <translation>المشاركون في ورش العمل</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>مُحدَّث</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>مُحدَّث مسبقًا</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>field device</source>
        <translation>جهاز ميداني</translation>
    </message>
    <message>
        <source>Device {id}</source>
        <translation>الجهاز {id}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This vault&apos;s fingerprint</source>
        <translation>بصمة هذه الخزنة</translation>
    </message>
    <message>
        <source>Read this to the other side over the phone: HQ checks it when your first bundle arrives.</source>
        <translation>اقرأها للطرف الآخر عبر الهاتف: يتحقق منها المقر الرئيسي عند وصول حزمتك الأولى.</translation>
    </message>
    <message>
        <source>Reading the sync settings…</source>
        <translation>جارٍ قراءة إعدادات المزامنة…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint:</source>
        <translation>بصمة هذه الخزنة:</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>لا منظمة بعد</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>المنظمة: {name}</translation>
    </message>
    <message>
        <source>This vault is HQ</source>
        <translation>هذه الخزنة هي المقر الرئيسي</translation>
    </message>
    <message>
        <source>This vault is field device {id}</source>
        <translation>هذه الخزنة هي الجهاز الميداني {id}</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>الإرسال والاستلام</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Joined {name}. Read this vault&apos;s fingerprint (above) to HQ: HQ checks it when your first bundle arrives. Then send your first bundle.</source>
        <translation>انضممت إلى {name}. اقرأ بصمة هذه الخزنة (أعلاه) للمقر الرئيسي: يتحقق منها المقر الرئيسي عند وصول حزمتك الأولى. ثم أرسل حزمتك الأولى.</translation>
    </message>
    <message>
        <source>Joined {name}</source>
        <translation>تم الانضمام إلى {name}</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import an assessment template</source>
        <translation>استيراد نموذج تقييم</translation>
    </message>
    <message>
        <source>A template file (JSON) from HQ or another organisation. It is checked first; nothing is added to the vault until you import it.</source>
        <translation>ملف نموذج (JSON) من المقر أو من منظمة أخرى. يُفحص أولًا، ولا يُضاف شيء إلى الخزنة حتى تستورده.</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>ملف النموذج</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>Choose the template file</source>
        <translation>اختيار ملف النموذج</translation>
    </message>
    <message>
        <source>Problems of the template</source>
        <translation>مشكلات النموذج</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Preview of the template</source>
        <translation>معاينة النموذج</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>القسم أو البند</translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation>نوع الإجابة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Add the template to the vault</source>
        <translation>إضافة النموذج إلى الخزنة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose a template file</source>
        <translation>اختيار ملف نموذج</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>النماذج (*.json)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>جارٍ فحص {file}…</translation>
    </message>
    <message>
        <source>This version is already in the vault, unchanged.</source>
        <translation>هذا الإصدار موجود بالفعل في الخزنة دون تغيير.</translation>
    </message>
    <message>
        <source>The vault already holds this template and version with different content. A changed template needs a new version number.</source>
        <translation>تحتوي الخزنة بالفعل على هذا النموذج وهذا الإصدار بمحتوى مختلف. يحتاج النموذج المعدَّل إلى رقم إصدار جديد.</translation>
    </message>
    <message>
        <source>The template is valid. Look it over, then import it.</source>
        <translation>النموذج صالح. راجعه ثم استورده.</translation>
    </message>
    <message>
        <source>{count} problems: correct them in the file (the line is where each one is), then choose it again.</source>
        <translation>{count} مشكلات: صحّحها في الملف (السطر يدل على موضع كل منها)، ثم اختره مرة أخرى.</translation>
    </message>
    <message>
        <source>{title}
Template {key}, version {version} · {kind} · languages: {languages} · {sections} sections, {items} items</source>
        <translation>{title}
النموذج {key}، الإصدار {version} · {kind} · اللغات: {languages} · {sections} أقسام، {items} بنود</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة تحقق</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>نعم أو لا</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>خيار واحد</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>خيارات متعددة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>محسوب</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Imported {key} version {version}: it can be chosen for new assessments.</source>
        <translation>اُستورد {key} الإصدار {version}: يمكن اختياره للتقييمات الجديدة.</translation>
    </message>
</context>
<context>
    <name>TwoWaySummaryDialog</name>
    <message>
        <source>Two-way summary</source>
        <translation>ملخص التقييمات المتبادلة</translation>
    </message>
    <message>
        <source>How partners, together, assess our organisation: the mean of each section across the partners&apos; latest final two-way assessments. No partner&apos;s name or answers are shown.</source>
        <translation>كيف يقيّم الشركاء، مجتمعين، منظمتنا: متوسط كل قسم عبر آخر التقييمات المتبادلة النهائية للشركاء. لا يُعرض اسم أي شريك ولا إجاباته.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Two-way summary by section</source>
        <translation>ملخص التقييمات المتبادلة حسب القسم</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أجابوا</translation>
    </message>
    <message>
        <source>Partners needed before figures are shown</source>
        <translation>عدد الشركاء اللازم قبل عرض الأرقام</translation>
    </message>
    <message>
        <source>&amp;Partners needed before figures are shown:</source>
        <translation>عدد الشركاء اللازم قبل عرض الأرقام:</translation>
    </message>
    <message>
        <source>Save threshold</source>
        <translation>حفظ الحد الأدنى</translation>
    </message>
    <message>
        <source>Save the anonymity threshold</source>
        <translation>حفظ حد إخفاء الهوية</translation>
    </message>
    <message>
        <source>Close the two-way summary</source>
        <translation>إغلاق ملخص التقييمات المتبادلة</translation>
    </message>
    <message>
        <source>Withheld: fewer than {minimum} partners answered ({count} did). No figure is shown, so that no partner&apos;s answers can be read back.</source>
        <translation>محجوب: أجاب أقل من {minimum} من الشركاء (أجاب {count}). لا يُعرض أي رقم، حتى لا يمكن استنتاج إجابات أي شريك.</translation>
    </message>
    <message>
        <source>Partners who answered: {count} (at least {minimum} needed).</source>
        <translation>الشركاء الذين أجابوا: {count} (يلزم {minimum} على الأقل).</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>withheld: fewer than {minimum} partners answered</source>
        <translation>محجوب: أجاب أقل من {minimum} من الشركاء</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>تعذّرت القراءة: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>UnsavedNotice</name>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Save this change again</source>
        <translation>حفظ هذا التغيير مرة أخرى</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
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
        <source>%Ln item(s) due, </source>
        <translation>
            <numerusform>لا بنود مستحقة، </numerusform>
            <numerusform>بند واحد مستحق، </numerusform>
            <numerusform>بندان مستحقان، </numerusform>
            <numerusform>%Ln بنود مستحقة، </numerusform>
            <numerusform>%Ln بندًا مستحقًا، </numerusform>
            <numerusform>%Ln بند مستحق، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>لا شيء منها متأخر</numerusform>
            <numerusform>منها واحد متأخر</numerusform>
            <numerusform>منها اثنان متأخران</numerusform>
            <numerusform>منها %Ln متأخرة</numerusform>
            <numerusform>منها %Ln متأخرًا</numerusform>
            <numerusform>منها %Ln متأخر</numerusform>
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
        <source>%Ln workshop(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي ورشة عمل</numerusform>
            <numerusform>عُثر على ورشة عمل واحدة</numerusform>
            <numerusform>عُثر على ورشتي عمل</numerusform>
            <numerusform>عُثر على %Ln ورش عمل</numerusform>
            <numerusform>عُثر على %Ln ورشة عمل</numerusform>
            <numerusform>عُثر على %Ln ورشة عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshop(s)</source>
        <translation>
            <numerusform>لا ورش عمل</numerusform>
            <numerusform>ورشة عمل واحدة</numerusform>
            <numerusform>ورشتا عمل</numerusform>
            <numerusform>%Ln ورش عمل</numerusform>
            <numerusform>%Ln ورشة عمل</numerusform>
            <numerusform>%Ln ورشة عمل</numerusform>
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
    <message>
        <source>Not deleted: {reason}</source>
        <translation>لم يُحذف: {reason}</translation>
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
    <message>
        <source>&amp;New workshop…</source>
        <translation>ورشة عمل جديدة…</translation>
    </message>
    <message>
        <source>Create a workshop this partner takes part in</source>
        <translation>إنشاء ورشة عمل يشارك فيها هذا الشريك</translation>
    </message>
    <message>
        <source>Workshop created with this partner taking part</source>
        <translation>أُنشئت ورشة العمل بمشاركة هذا الشريك</translation>
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
