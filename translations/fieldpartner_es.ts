<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldPartner</source>
        <translation>Acerca de FieldPartner</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FieldPartner&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;FieldPartner&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Encrypted, offline-first assessment of partner organisations for human-rights organisations.</source>
        <translation>Evaluación cifrada y sin conexión de organizaciones socias para organizaciones de derechos humanos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries and their licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliotecas y sus licencias&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Título de la acción</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>(no particular partner)</source>
        <translation>(ninguna organización socia en particular)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Organización &amp;socia:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tiene fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Save the action</source>
        <translation>Guardar la acción</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (vencida)</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Añadir organización socia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Añadir la organización socia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>AnswerImportDialog</name>
    <message>
        <source>Import answers</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>Answers from a spreadsheet (.xlsx or .csv) with the columns item id, answer and note, or from a JSON answer file. Every row is checked first; the answers are saved all together or not at all.</source>
        <translation>Respuestas desde una hoja de cálculo (.xlsx o .csv) con las columnas identificador, respuesta y nota, o desde un archivo de respuestas JSON. Primero se comprueba cada fila; las respuestas se guardan todas juntas o ninguna.</translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation>Archivo de respuestas</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the answer file</source>
        <translation>Elegir el archivo de respuestas</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Save every answer of the file</source>
        <translation>Guardar todas las respuestas del archivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose an answer file</source>
        <translation>Elegir un archivo de respuestas</translation>
    </message>
    <message>
        <source>Answer files (*.xlsx *.csv *.json)</source>
        <translation>Archivos de respuestas (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>{refused} rows refused: nothing can be imported until they are corrected in the file.</source>
        <translation>{refused} filas rechazadas: no se puede importar nada hasta corregirlas en el archivo.</translation>
    </message>
    <message>
        <source>The file has no answers.</source>
        <translation>El archivo no tiene respuestas.</translation>
    </message>
    <message>
        <source>Every row passed: {count} answers will be saved ({replaced} of them replace answers already given).</source>
        <translation>Todas las filas son válidas: se guardarán {count} respuestas ({replaced} de ellas sustituyen respuestas ya dadas).</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se importó nada: {reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>{count} answers saved.</source>
        <translation>Se guardaron {count} respuestas.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Unlocking the demo vault…</source>
        <translation>Desbloqueando la bóveda de demostración…</translation>
    </message>
    <message>
        <source>Creating the demo vault with fictional partners…</source>
        <translation>Creando la bóveda de demostración con organizaciones socias ficticias…</translation>
    </message>
    <message>
        <source>FieldPartner</source>
        <translation>FieldPartner</translation>
    </message>
    <message>
        <source>The demo vault could not be opened: {reason}</source>
        <translation>No se pudo abrir la bóveda de demostración: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Siguiente sin respuesta</translation>
    </message>
    <message>
        <source>Go to the next question without an answer</source>
        <translation>Ir a la siguiente pregunta sin respuesta</translation>
    </message>
    <message>
        <source>Show only unanswered</source>
        <translation>Solo las preguntas sin respuesta</translation>
    </message>
    <message>
        <source>Show only questions without an answer</source>
        <translation>Mostrar solo las preguntas sin respuesta</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose the answer · 0 not applicable · ↑ ↓ previous/next question · Del clear</source>
        <translation>Teclas: 1–9 eligen la respuesta · 0 no aplica · ↑ ↓ pregunta anterior/siguiente · Supr borra</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Every question is answered</source>
        <translation>Todas las preguntas tienen respuesta</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>An answer was not saved: {reason}</source>
        <translation>Una respuesta no se guardó: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>{answered} of {required} required questions answered</source>
        <translation>{answered} de {required} preguntas obligatorias respondidas</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Adjuntar archivos como evidencia</translation>
    </message>
    <message>
        <source>Attaching files…</source>
        <translation>Adjuntando archivos…</translation>
    </message>
</context>
<context>
    <name>AssessmentLabels</name>
    <message>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Partnership dialogue</source>
        <translation>Diálogo de alianza</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Evaluación bidireccional</translation>
    </message>
    <message>
        <source>Workshop review</source>
        <translation>Revisión de taller</translation>
    </message>
    <message>
        <source>Partner selection</source>
        <translation>Selección del socio</translation>
    </message>
    <message>
        <source>Weak capacity</source>
        <translation>Capacidad débil</translation>
    </message>
    <message>
        <source>Developing capacity</source>
        <translation>Capacidad en desarrollo</translation>
    </message>
    <message>
        <source>Established capacity</source>
        <translation>Capacidad establecida</translation>
    </message>
    <message>
        <source>Strong capacity</source>
        <translation>Capacidad sólida</translation>
    </message>
    <message>
        <source>Poor fit</source>
        <translation>Poca adecuación</translation>
    </message>
    <message>
        <source>Partial fit</source>
        <translation>Adecuación parcial</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Buena adecuación</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Verificado en parte</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Aprobar con condiciones</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Partner (self-assessment)</source>
        <translation>Socio (autoevaluación)</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Don&apos;t know / not verified</source>
        <translation>No se sabe / no verificado</translation>
    </message>
    <message>
        <source>Covered by an accepted earlier assessment</source>
        <translation>Cubierto por una evaluación anterior aceptada</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Show assessments with status</source>
        <translation>Mostrar evaluaciones con el estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Show assessments of kind</source>
        <translation>Mostrar evaluaciones del tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nueva evaluación…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Two-way summary…</source>
        <translation>Resumen de las evaluaciones bidireccionales…</translation>
    </message>
    <message>
        <source>How partners, together, assess the organisation</source>
        <translation>Cómo evalúan los socios, en conjunto, a la organización</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln evaluación</numerusform>
            <numerusform>%Ln evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment created</source>
        <translation>Evaluación creada</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>No creada: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>All assessments</source>
        <translation>Todas las evaluaciones</translation>
    </message>
    <message>
        <source>Back to all assessments</source>
        <translation>Volver a todas las evaluaciones</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last answer change</source>
        <translation>Deshacer el último cambio de respuesta</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the answer change</source>
        <translation>Rehacer el cambio de respuesta</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Finalise: compute the results and lock the answers</source>
        <translation>Finalizar: calcular los resultados y bloquear las respuestas</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Reopen as a new draft</source>
        <translation>Reabrir como nuevo borrador</translation>
    </message>
    <message>
        <source>Override result…</source>
        <translation>Modificar el resultado…</translation>
    </message>
    <message>
        <source>Override a computed result, with the justification</source>
        <translation>Modificar un resultado calculado, con su justificación</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Preview, print or save a report</source>
        <translation>Ver la vista previa, imprimir o guardar un informe</translation>
    </message>
    <message>
        <source>Answers and results</source>
        <translation>Respuestas y resultados</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Tier: {tier}</source>
        <translation>Nivel: {tier}</translation>
    </message>
    <message>
        <source>Assessors: {names}</source>
        <translation>Evaluadores: {names}</translation>
    </message>
    <message>
        <source>Assessment finalised; its answers are locked</source>
        <translation>Evaluación finalizada; sus respuestas están bloqueadas</translation>
    </message>
    <message>
        <source>Result overridden; the justification is kept</source>
        <translation>Resultado modificado; se conserva la justificación</translation>
    </message>
    <message>
        <source>Question {number}: {title}</source>
        <translation>Pregunta {number}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Cannot finalise yet: %Ln question(s) to complete</source>
        <translation>
            <numerusform>Aún no se puede finalizar: falta %Ln pregunta</numerusform>
            <numerusform>Aún no se puede finalizar: faltan %Ln preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment reopened as a draft</source>
        <translation>Evaluación reabierta como borrador</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Importar respuestas…</translation>
    </message>
    <message>
        <source>Import answers from a spreadsheet, checked before they are saved</source>
        <translation>Importar respuestas desde una hoja de cálculo, comprobadas antes de guardarlas</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Assessments of this partner</source>
        <translation>Evaluaciones de esta organización socia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Double-click an assessment to open it</source>
        <translation>Haga doble clic en una evaluación para abrirla</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>Start a new assessment of this partner</source>
        <translation>Iniciar una nueva evaluación de este socio</translation>
    </message>
</context>
<context>
    <name>AssignPartnersDialog</name>
    <message>
        <source>Assign partners to device {device}</source>
        <translation>Asignar organizaciones socias al dispositivo {device}</translation>
    </message>
    <message>
        <source>HQ&apos;s next bundle to this device will carry the ticked partners and their records. Send only what the device&apos;s user needs: a laptop can be lost or seized.</source>
        <translation>El próximo paquete de la sede para este dispositivo llevará las organizaciones socias marcadas y sus registros. Envíe solo lo que necesite la persona usuaria del dispositivo: un portátil puede perderse o ser incautado.</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Buscar organizaciones socias</translation>
    </message>
    <message>
        <source>Search by name, acronym, region, country or tag</source>
        <translation>Buscar por nombre, sigla, región, país o etiqueta</translation>
    </message>
    <message>
        <source>Partners to assign</source>
        <translation>Organizaciones socias que asignar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Assign the ticked partners to the device and take back the unticked ones</source>
        <translation>Asignar al dispositivo las organizaciones socias marcadas y retirar las desmarcadas</translation>
    </message>
    <message>
        <source>Assigned. Untick to stop sending this partner to the device; the device keeps the copy it already has.</source>
        <translation>Asignada. Desmárquela para dejar de enviar esta organización socia al dispositivo; el dispositivo conserva la copia que ya tiene.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to take back</source>
        <translation>
            <numerusform>%Ln por retirar</numerusform>
            <numerusform>%Ln por retirar</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without assigning</source>
        <translation>Cerrar sin asignar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} partners: refine the search.</source>
        <translation>Se muestran las primeras {shown} de {total} organizaciones socias: precise la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) found</source>
        <translation>
            <numerusform>%Ln organización socia encontrada</numerusform>
            <numerusform>%Ln organizaciones socias encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) already assigned</source>
        <translation>
            <numerusform>%Ln organización socia ya asignada</numerusform>
            <numerusform>%Ln organizaciones socias ya asignadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <translation>
            <numerusform>%Ln por añadir</numerusform>
            <numerusform>%Ln por añadir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Image preview</source>
        <translation>Vista previa de la imagen</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>This image cannot be shown (damaged or unknown format).</source>
        <translation>No se puede mostrar esta imagen (dañada o en un formato desconocido).</translation>
    </message>
    <message>
        <source>PDF preview is not available in this installation.</source>
        <translation>La vista previa de PDF no está disponible en esta instalación.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (damaged or protected).</source>
        <translation>No se puede mostrar este PDF (dañado o protegido).</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Save a copy…” to open it.</source>
        <translation>No hay vista previa para este tipo de archivo. Use «Guardar una copia…» para abrirlo.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Seleccione un archivo para ver su vista previa.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Files of this partner</source>
        <translation>Archivos de esta organización socia</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Drop files here to add them to the vault</source>
        <translation>Suelte archivos aquí para añadirlos a la bóveda</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>Save a copy outside the vault</source>
        <translation>Guardar una copia fuera de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Eliminar archivo</translation>
    </message>
    <message>
        <source>Added {file}</source>
        <translation>Se añadió {file}</translation>
    </message>
    <message>
        <source>Add files to the vault</source>
        <translation>Añadir archivos a la bóveda</translation>
    </message>
    <message>
        <source>Adding files to the vault…</source>
        <translation>Añadiendo archivos a la bóveda…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) added</source>
        <translation>
            <numerusform>%Ln archivo añadido</numerusform>
            <numerusform>%Ln archivos añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not added: {reason}</source>
        <translation>No se añadió el archivo: {reason}</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to this computer or to where you save it can read it. Save it only where it is safe, and delete it when you no longer need it.</source>
        <translation>La copia no estará cifrada: cualquier persona con acceso a esta computadora o al lugar donde la guarde podrá leerla. Guárdela solo en un lugar seguro y elimínela cuando ya no la necesite.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Copy saved outside the vault</source>
        <translation>Copia guardada fuera de la bóveda</translation>
    </message>
    <message>
        <source>Delete this file from the partner? Earlier revisions keep a record of it.</source>
        <translation>¿Eliminar este archivo de la organización socia? Las revisiones anteriores conservan un registro de él.</translation>
    </message>
    <message>
        <source>The file was not deleted: {reason}</source>
        <translation>El archivo no se eliminó: {reason}</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}: {file}</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be written.</source>
        <translation>El disco está lleno: no se pudo escribir el cambio.</translation>
    </message>
    <message>
        <source>The vault stayed busy with other work too long: the change is not saved yet.</source>
        <translation>La bóveda estuvo ocupada con otro trabajo demasiado tiempo: el cambio aún no se ha guardado.</translation>
    </message>
    <message>
        <source>The database cannot be reached now: the change is not saved yet.</source>
        <translation>No se puede acceder a la base de datos en este momento: el cambio aún no se ha guardado.</translation>
    </message>
    <message>
        <source>The vault could not be written ({kind}).</source>
        <translation>No se pudo escribir en la bóveda ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Please try again; Help → Problem report has the details.</source>
        <translation>Algo salió mal ({kind}). Vuelva a intentarlo; Ayuda → Informe de problemas tiene los detalles.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Hacer una copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>An encrypted copy of the whole vault, for a USB stick or another disk. It opens with the same passphrase and recovery key. Keep it away from this computer.</source>
        <translation>Una copia cifrada de toda la bóveda, para una memoria USB u otro disco. Se abre con la misma frase de contraseña y la misma clave de recuperación. Guárdela lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Elegir la carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <source>Remind me after this many days</source>
        <translation>Recordármelo después de estos días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última copia de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Remind me after:</source>
        <translation>&amp;Recordármelo después de:</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer la copia ahora</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>Hacer ahora la copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>Elegir dónde guardar la copia de seguridad</translation>
    </message>
    <message>
        <source>{folder} is not a folder (is the stick plugged in?).</source>
        <translation>{folder} no es una carpeta (¿está conectada la memoria?).</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Escribiendo y comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backed up and checked: {path} ({size}).</source>
        <translation>Copia hecha y comprobada: {path} ({size}).</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>No se hizo ninguna copia de seguridad: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Backup reminder</source>
        <translation>Recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <source>No backup for {days} days: back up now…</source>
        <translation>Sin copia de seguridad desde hace {days} días: hacerla ahora…</translation>
    </message>
</context>
<context>
    <name>BorderDialog</name>
    <message>
        <source>Before a border crossing</source>
        <translation>Antes de cruzar una frontera</translation>
    </message>
    <message>
        <source>Everything HQ has not yet confirmed receiving is written to a bundle for HQ. Once the bundle is checked, records are removed from this laptop. The vault keeps its keys and templates; a bundle from HQ fills it again later.</source>
        <translation>Todo lo que la sede aún no ha confirmado haber recibido se escribe en un paquete para la sede. Una vez comprobado el paquete, se retiran registros de este portátil. La bóveda conserva sus claves y plantillas; un paquete de la sede la vuelve a llenar más tarde.</translation>
    </message>
    <message>
        <source>Remove what HQ has confirmed receiving (recommended)</source>
        <translation>Retirar lo que la sede ha confirmado recibir (recomendado)</translation>
    </message>
    <message>
        <source>Remove every record</source>
        <translation>Retirar todos los registros</translation>
    </message>
    <message>
        <source>With every record removed, the bundle holds the only copy of changes HQ has not confirmed: carry or send it separately from the laptop.</source>
        <translation>Si se retiran todos los registros, el paquete guarda la única copia de los cambios que la sede no ha confirmado: llévelo o envíelo por separado del portátil.</translation>
    </message>
    <message>
        <source>Where the bundle for HQ is written</source>
        <translation>Dónde se escribe el paquete para la sede</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose where the bundle is written</source>
        <translation>Elegir dónde se escribe el paquete</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send and remove</source>
        <translation>Enviar y retirar</translation>
    </message>
    <message>
        <source>Write the bundle for HQ, then remove records from this laptop</source>
        <translation>Escribir el paquete para la sede y luego retirar registros de este portátil</translation>
    </message>
    <message>
        <source>Progress of the border crossing</source>
        <translation>Progreso del cruce de frontera</translation>
    </message>
    <message>
        <source>Stop before anything is removed from this laptop</source>
        <translation>Detener antes de retirar nada de este portátil</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear la bóveda</translation>
    </message>
    <message>
        <source>Bundle for HQ</source>
        <translation>Paquete para la sede</translation>
    </message>
    <message>
        <source>Bundles (*.fpbundle)</source>
        <translation>Paquetes (*.fpbundle)</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the bundle.</source>
        <translation>Elija una carpeta existente para el paquete.</translation>
    </message>
    <message>
        <source>{name} exists already; choose another name.</source>
        <translation>{name} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Checking that the bundle reads back…</source>
        <translation>Comprobando que el paquete se vuelve a leer…</translation>
    </message>
    <message>
        <source>Removing records from this laptop…</source>
        <translation>Retirando registros de este portátil…</translation>
    </message>
    <message>
        <source>Rewriting the vault without them…</source>
        <translation>Reescribiendo la bóveda sin ellos…</translation>
    </message>
    <message>
        <source>Writing the bundle for HQ…</source>
        <translation>Escribiendo el paquete para la sede…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Nothing was removed from this laptop: {reason}</source>
        <translation>No se retiró nada de este portátil: {reason}</translation>
    </message>
    <message>
        <source>Written for HQ: {file}</source>
        <translation>Escrito para la sede: {file}</translation>
    </message>
    <message>
        <source>It holds {revisions} changes to {records} records and {files} files.</source>
        <translation>Contiene {revisions} cambios de {records} registros y {files} archivos.</translation>
    </message>
    <message>
        <source>Removed from this laptop: {what}</source>
        <translation>Retirado de este portátil: {what}</translation>
    </message>
    <message>
        <source>Nothing was removed from this laptop.</source>
        <translation>No se retiró nada de este portátil.</translation>
    </message>
    <message>
        <source>Files removed: {size}</source>
        <translation>Archivos retirados: {size}</translation>
    </message>
    <message>
        <source>Still on this laptop (HQ has not confirmed them yet): {what}</source>
        <translation>Aún en este portátil (la sede todavía no los ha confirmado): {what}</translation>
    </message>
    <message>
        <source>The bundle holds the only copy of changes HQ has not confirmed: keep it safe until HQ has imported it.</source>
        <translation>El paquete guarda la única copia de los cambios que la sede no ha confirmado: consérvelo a salvo hasta que la sede lo haya importado.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrase opens this vault from now on; the old one no longer does. Your recovery key stays the same.</source>
        <translation>La nueva frase de contraseña abre esta bóveda a partir de ahora; la anterior ya no. Su clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>No se cambió nada: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record kind</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>From devices</source>
        <translation>Dispositivos de origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>dispositivo desconocido</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>esta bóveda</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>{local} and {incoming}</source>
        <translation>{local} y {incoming}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>Informe previsto</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Workshop participant</source>
        <translation>Participante del taller</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts too</source>
        <translation>Mostrar también los conflictos &amp;resueltos</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>Mostrar también los conflictos resueltos</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the conflicts again</source>
        <translation>Volver a leer los conflictos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Take all &amp;local</source>
        <translation>Conservar todo lo &amp;local</translation>
    </message>
    <message>
        <source>Resolve the conflict with this vault&apos;s values</source>
        <translation>Resolver el conflicto con los valores de esta bóveda</translation>
    </message>
    <message>
        <source>Take all &amp;incoming</source>
        <translation>Tomar todo lo &amp;entrante</translation>
    </message>
    <message>
        <source>Resolve the conflict with the incoming values</source>
        <translation>Resolver el conflicto con los valores entrantes</translation>
    </message>
    <message>
        <source>Resolve with &amp;these values</source>
        <translation>Resolver con es&amp;tos valores</translation>
    </message>
    <message>
        <source>Resolve the conflict with the values chosen for each field</source>
        <translation>Resolver el conflicto con los valores elegidos para cada campo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto abierto</numerusform>
            <numerusform>%Ln conflictos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the latest {shown} of {total} resolved conflicts.</source>
        <translation>Se muestran los últimos {shown} de {total} conflictos resueltos.</translation>
    </message>
    <message>
        <source>Select a conflict to settle it field by field.</source>
        <translation>Seleccione un conflicto para resolverlo campo por campo.</translation>
    </message>
    <message numerus="yes">
        <source>{kind} “{record}”: %Ln conflicting field(s)</source>
        <translation>
            <numerusform>{kind} «{record}»: %Ln campo en conflicto</numerusform>
            <numerusform>{kind} «{record}»: %Ln campos en conflicto</numerusform>
        </translation>
    </message>
    <message>
        <source>Local: changed on {local} by {local_author}. Incoming: changed on {incoming} by {incoming_author}. Found {found}.</source>
        <translation>Local: modificado en {local} por {local_author}. Entrante: modificado en {incoming} por {incoming_author}. Detectado el {found}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Resolved {when} ({how}).</source>
        <translation>Resuelto el {when} ({how}).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valor que conservar</translation>
    </message>
    <message>
        <source>{field}: an empty value cannot be chosen field by field; use “Take all local” or “Take all incoming”.</source>
        <translation>{field}: no se puede elegir un valor vacío campo por campo; use «Conservar todo lo local» o «Tomar todo lo entrante».</translation>
    </message>
    <message>
        <source>kept the local values</source>
        <translation>se conservaron los valores locales</translation>
    </message>
    <message>
        <source>took the incoming values</source>
        <translation>se tomaron los valores entrantes</translation>
    </message>
    <message numerus="yes">
        <source>chose %Ln field(s) one by one</source>
        <translation>
            <numerusform>se eligió %Ln campo individualmente</numerusform>
            <numerusform>se eligieron %Ln campos uno por uno</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict on {kind} “{record}” resolved: {how}.</source>
        <translation>Conflicto en {kind} «{record}» resuelto: {how}.</translation>
    </message>
    <message>
        <source>Not resolved: {reason}. Nothing was changed.</source>
        <translation>No resuelto: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The conflict was not resolved.</source>
        <translation>El conflicto no se resolvió.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>One per line, e.g. email: name@example.org — kinds: {kinds}</source>
        <translation>Uno por línea, p. ej. email: name@example.org — tipos: {kinds}</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Canales:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
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
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>la bóveda está bloqueada</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Delete this contact? Its history stays in the vault.</source>
        <translation>¿Eliminar este contacto? Su historial permanece en la bóveda.</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>No eliminado: {reason}</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationDialog</name>
    <message>
        <source>Set up this vault as HQ</source>
        <translation>Configurar esta bóveda como sede</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nombre de la organización:</translation>
    </message>
    <message>
        <source>Where to save the profile file</source>
        <translation>Dónde guardar el archivo de perfil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save the profile file</source>
        <translation>Elegir dónde guardar el archivo de perfil</translation>
    </message>
    <message>
        <source>Profile file:</source>
        <translation>Archivo de perfil:</translation>
    </message>
    <message>
        <source>Hand this file to every field officer (it holds no secret). They join with it and with HQ&apos;s fingerprint, which you read to them by phone.</source>
        <translation>Entregue este archivo a cada persona de terreno (no contiene ningún secreto). Se unen con él y con la huella de la sede, que usted les lee por teléfono.</translation>
    </message>
    <message>
        <source>Where to save HQ&apos;s identity backup</source>
        <translation>Dónde guardar la copia de seguridad de identidad de la sede</translation>
    </message>
    <message>
        <source>Choose where to save HQ&apos;s identity backup</source>
        <translation>Elegir dónde guardar la copia de seguridad de identidad de la sede</translation>
    </message>
    <message>
        <source>Identity backup:</source>
        <translation>Copia de seguridad de identidad:</translation>
    </message>
    <message>
        <source>The identity backup is HQ&apos;s secret key: with it anyone can read every bundle sent to HQ, and without it HQ cannot open them if this vault is lost. Save it on a removable medium, keep that offline and locked away, and delete any other copy.</source>
        <translation>La copia de seguridad de identidad es la clave secreta de la sede: con ella, cualquiera puede leer todos los paquetes enviados a la sede y, sin ella, la sede no puede abrirlos si se pierde esta bóveda. Guárdela en un soporte extraíble, manténgalo desconectado y bajo llave, y elimine cualquier otra copia.</translation>
    </message>
    <message>
        <source>I will keep the identity backup offline and safe</source>
        <translation>Guardaré la copia de seguridad de identidad desconectada y en un lugar seguro</translation>
    </message>
    <message>
        <source>I will keep the identity backup offline</source>
        <translation>Guardaré la copia de seguridad de identidad desconectada</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>Huella de la sede</translation>
    </message>
    <message>
        <source>&amp;Create the organisation</source>
        <translation>&amp;Crear la organización</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Crear la organización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel setting up HQ</source>
        <translation>Cancelar la configuración de la sede</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Close: the organisation is set up</source>
        <translation>Cerrar: la organización está configurada</translation>
    </message>
    <message>
        <source>Save the organisation profile</source>
        <translation>Guardar el perfil de la organización</translation>
    </message>
    <message>
        <source>Organisation profiles (*.fporg)</source>
        <translation>Perfiles de organización (*.fporg)</translation>
    </message>
    <message>
        <source>Save HQ&apos;s identity backup (keep it offline)</source>
        <translation>Guardar la copia de seguridad de identidad de la sede (manténgala desconectada)</translation>
    </message>
    <message>
        <source>Identity backups (*.txt)</source>
        <translation>Copias de seguridad de identidad (*.txt)</translation>
    </message>
    <message>
        <source>The profile and the identity backup must be two different files.</source>
        <translation>El perfil y la copia de seguridad de identidad deben ser dos archivos distintos.</translation>
    </message>
    <message>
        <source>{name} is set up and this vault is its HQ. The profile is saved as {profile}; move the identity backup {backup} offline now.

HQ&apos;s fingerprint, to read to each field officer when they join:</source>
        <translation>{name} está configurada y esta bóveda es su sede. El perfil se guardó como {profile}; traslade ahora la copia de seguridad de identidad {backup} a un soporte desconectado.

Huella de la sede, para leerla a cada persona de terreno cuando se una:</translation>
    </message>
    <message>
        <source>Not set up: {reason}</source>
        <translation>No configurada: {reason}</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
    <message>
        <source>Setting up the organisation…</source>
        <translation>Configurando la organización…</translation>
    </message>
</context>
<context>
    <name>DeviceConfirmDialog</name>
    <message>
        <source>Enrol a new device?</source>
        <translation>¿Registrar un dispositivo nuevo?</translation>
    </message>
    <message>
        <source>{files} comes from device {device}, which HQ has not enrolled yet.

Call the person who sent it and ask them to read the fingerprint shown on their Sync page. Enrol the device only if every character matches:</source>
        <translation>{files} procede del dispositivo {device}, que la sede aún no ha registrado.

Llame a la persona que lo envió y pídale que lea la huella que aparece en su página Sincronización. Registre el dispositivo solo si coinciden todos los caracteres:</translation>
    </message>
    <message>
        <source>Fingerprint of the new device</source>
        <translation>Huella del dispositivo nuevo</translation>
    </message>
    <message>
        <source>If it does not match, do not enrol it: someone else may have made this bundle. Nothing from it is imported unless you enrol the device.</source>
        <translation>Si no coincide, no lo registre: es posible que otra persona haya creado este paquete. No se importa nada de él a menos que registre el dispositivo.</translation>
    </message>
    <message>
        <source>The fingerprint matches: enrol</source>
        <translation>La huella coincide: registrar</translation>
    </message>
    <message>
        <source>Enrol the device: the fingerprint matches</source>
        <translation>Registrar el dispositivo: la huella coincide</translation>
    </message>
    <message>
        <source>Do not enrol</source>
        <translation>No registrar</translation>
    </message>
    <message>
        <source>Do not enrol the device</source>
        <translation>No registrar el dispositivo</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Recibido hasta</translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation>Cambios que faltan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>missing {changes}</source>
        <translation>faltan {changes}</translation>
    </message>
    <message>
        <source>Changes {changes} from this device never arrived. Ask its user to export a full bundle.</source>
        <translation>Los cambios {changes} de este dispositivo nunca llegaron. Pida a la persona usuaria que exporte un paquete completo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) received</source>
        <translation>
            <numerusform>%Ln paquete recibido</numerusform>
            <numerusform>%Ln paquetes recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Read it aloud with the device&apos;s user to check it is theirs.</source>
        <translation>Léala en voz alta con la persona usuaria del dispositivo para comprobar que es el suyo.</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Enrolled devices</source>
        <translation>Dispositivos registrados</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the device list again</source>
        <translation>Volver a leer la lista de dispositivos</translation>
    </message>
    <message>
        <source>&amp;Assign partners…</source>
        <translation>&amp;Asignar organizaciones socias…</translation>
    </message>
    <message>
        <source>Assign partners to the selected device</source>
        <translation>Asignar organizaciones socias al dispositivo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Revocar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Only HQ&apos;s vault enrols field devices. This vault is not an organisation&apos;s HQ, so it has no devices to show.</source>
        <translation>Solo la bóveda de la sede registra los dispositivos de terreno. Esta bóveda no es la sede de ninguna organización, así que no tiene dispositivos que mostrar.</translation>
    </message>
    <message>
        <source>No device is enrolled yet. A device is enrolled when HQ imports its first bundle and confirms its fingerprint.</source>
        <translation>Todavía no hay ningún dispositivo registrado. Un dispositivo se registra cuando la sede importa su primer paquete y confirma su huella.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln revoked</source>
        <translation>
            <numerusform>, %Ln revocado</numerusform>
            <numerusform>, %Ln revocados</numerusform>
        </translation>
    </message>
    <message>
        <source>Device {device} revoked: its bundles are refused from now on.</source>
        <translation>Dispositivo {device} revocado: a partir de ahora se rechazan sus paquetes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) assigned to device {device}; they go with HQ&apos;s next bundle to it.</source>
        <translation>
            <numerusform>%Ln organización socia asignada al dispositivo {device}; irá en el próximo paquete de la sede para él.</numerusform>
            <numerusform>%Ln organizaciones socias asignadas al dispositivo {device}; irán en el próximo paquete de la sede para él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) no longer sent to device {device}; it keeps the copies it has.</source>
        <translation>
            <numerusform>%Ln organización socia ya no se envía al dispositivo {device}; este conserva las copias que tiene.</numerusform>
            <numerusform>%Ln organizaciones socias ya no se envían al dispositivo {device}; este conserva las copias que tiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning partners…</source>
        <translation>Asignando organizaciones socias…</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Never held</source>
        <translation>Nunca realizado</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln day(s) overdue)</source>
        <translation>
            <numerusform>{date} (%Ln día de retraso)</numerusform>
            <numerusform>{date} (%Ln días de retraso)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Device to send the bundle to</source>
        <translation>Dispositivo al que enviar el paquete</translation>
    </message>
    <message>
        <source>&amp;Full export (everything, not only changes)</source>
        <translation>Exportación &amp;completa (todo, no solo los cambios)</translation>
    </message>
    <message>
        <source>Full export: everything, not only changes</source>
        <translation>Exportación completa: todo, no solo los cambios</translation>
    </message>
    <message>
        <source>Send a device the templates, the partners assigned to it and what changed at HQ. Only that device (and this vault) can open the bundle.</source>
        <translation>Envíe a un dispositivo las plantillas, las organizaciones socias que tiene asignadas y lo que cambió en la sede. Solo ese dispositivo (y esta bóveda) pueden abrir el paquete.</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Export for the device…</source>
        <translation>&amp;Exportar para el dispositivo…</translation>
    </message>
    <message>
        <source>Export a bundle for the chosen device</source>
        <translation>Exportar un paquete para el dispositivo elegido</translation>
    </message>
    <message>
        <source>Send HQ everything you changed since your last bundle. Only HQ (and this vault) can open it; carry it on a USB stick or send it as an attachment.</source>
        <translation>Envíe a la sede todo lo que cambió desde su último paquete. Solo la sede (y esta bóveda) pueden abrirlo; llévelo en una memoria USB o envíelo como archivo adjunto.</translation>
    </message>
    <message>
        <source>&amp;Send to HQ…</source>
        <translation>En&amp;viar a la sede…</translation>
    </message>
    <message>
        <source>Export a bundle for HQ</source>
        <translation>Exportar un paquete para la sede</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Import bundles from the field devices. Choose as many files as you have; you see what each will change before anything is applied.</source>
        <translation>Importe los paquetes de los dispositivos de terreno. Elija todos los archivos que tenga; verá lo que cambiará cada uno antes de que se aplique nada.</translation>
    </message>
    <message>
        <source>Import the bundles HQ sent you. You see what each will change before anything is applied.</source>
        <translation>Importe los paquetes que le envió la sede. Verá lo que cambiará cada uno antes de que se aplique nada.</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importar paquetes…</translation>
    </message>
    <message>
        <source>Choose bundle files to import</source>
        <translation>Elegir los archivos de paquete que importar</translation>
    </message>
    <message>
        <source>What happened to each imported bundle</source>
        <translation>Qué ocurrió con cada paquete importado</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Device {id} · {fingerprint}</source>
        <translation>Dispositivo {id} · {fingerprint}</translation>
    </message>
    <message>
        <source>No device is enrolled yet: a device is enrolled when you import its first bundle and confirm its fingerprint.</source>
        <translation>Todavía no hay ningún dispositivo registrado: un dispositivo se registra cuando usted importa su primer paquete y confirma su huella.</translation>
    </message>
    <message>
        <source>Looking at what to send…</source>
        <translation>Revisando qué enviar…</translation>
    </message>
    <message>
        <source>Choose where to save the bundle (e.g. a USB stick)</source>
        <translation>Elegir dónde guardar el paquete (por ejemplo, una memoria USB)</translation>
    </message>
    <message>
        <source>Not sent: no folder chosen.</source>
        <translation>No enviado: no se eligió ninguna carpeta.</translation>
    </message>
    <message>
        <source>The folder is not there (was the stick removed?)</source>
        <translation>La carpeta no está disponible (¿se retiró la memoria USB?)</translation>
    </message>
    <message>
        <source>Saved {file} for {who}: </source>
        <translation>{file} guardado para {who}: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), </source>
        <translation>
            <numerusform>%Ln registro, </numerusform>
            <numerusform>%Ln registros, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s).</source>
        <translation>
            <numerusform>%Ln archivo adjunto.</numerusform>
            <numerusform>%Ln archivos adjuntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle saved: {file}</source>
        <translation>Paquete guardado: {file}</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>No enviado: {reason}</translation>
    </message>
    <message>
        <source>Choose the bundles to import</source>
        <translation>Elegir los paquetes que importar</translation>
    </message>
    <message>
        <source>FieldPartner bundles (*.fpbundle);;All files (*)</source>
        <translation>Paquetes de FieldPartner (*.fpbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the bundles…</source>
        <translation>Comprobando los paquetes…</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing the bundles…</source>
        <translation>Importando los paquetes…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) imported</source>
        <translation>
            <numerusform>%Ln paquete importado</numerusform>
            <numerusform>%Ln paquetes importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln ya importado</numerusform>
            <numerusform>%Ln ya importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln no importado</numerusform>
            <numerusform>%Ln no importados</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already imported; nothing changed</source>
        <translation>Ya importado; no cambió nada</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Refused; nothing changed</source>
        <translation>Rechazado; no cambió nada</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed</source>
        <translation>Cancelado; no cambió nada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>the new device with fingerprint {fingerprint}</source>
        <translation>el dispositivo nuevo con la huella {fingerprint}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to resolve on the Conflicts tab</source>
        <translation>
            <numerusform>%Ln por resolver en la pestaña Conflictos</numerusform>
            <numerusform>%Ln por resolver en la pestaña Conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>changes {range} of this sender never arrived: ask for the missing bundle or a full export</source>
        <translation>los cambios {range} de este remitente nunca llegaron: pida el paquete que falta o una exportación completa</translation>
    </message>
    <message>
        <source>Nothing imported: {reason}</source>
        <translation>No se importó nada: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>Send a bundle</source>
        <translation>Enviar un paquete</translation>
    </message>
    <message>
        <source>Everything in this vault (a full export)</source>
        <translation>Todo el contenido de esta bóveda (una exportación completa)</translation>
    </message>
    <message>
        <source>The changes they have not confirmed receiving yet (changes {range})</source>
        <translation>Los cambios cuya recepción aún no se ha confirmado (cambios {range})</translation>
    </message>
    <message>
        <source>To: {recipient}
What: {what}</source>
        <translation>Para: {recipient}
Contenido: {what}</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Registros del paquete</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Cantidad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) with their history, </source>
        <translation>
            <numerusform>%Ln registro con su historial, </numerusform>
            <numerusform>%Ln registros con su historial, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln archivo adjunto</numerusform>
            <numerusform>%Ln archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source> ({size})</source>
        <translation> ({size})</translation>
    </message>
    <message>
        <source>They already have everything this vault sends them. You can still send a bundle (it tells them what you received), or tick Full export to send everything again.</source>
        <translation>Ya tienen todo lo que esta bóveda les envía. Aun así, puede enviar un paquete (les indica lo que usted recibió) o marcar Exportación completa para volver a enviarlo todo.</translation>
    </message>
    <message>
        <source>The bundle is encrypted: only they and this vault can open it. Next you choose where to save it, for example a USB stick.</source>
        <translation>El paquete está cifrado: solo el destinatario y esta bóveda pueden abrirlo. A continuación, elegirá dónde guardarlo, por ejemplo, en una memoria USB.</translation>
    </message>
    <message>
        <source>Choose a folder and save…</source>
        <translation>Elegir una carpeta y guardar…</translation>
    </message>
    <message>
        <source>Choose a folder and save the bundle</source>
        <translation>Elegir una carpeta y guardar el paquete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Choice for {field}</source>
        <translation>Elección para {field}</translation>
    </message>
    <message>
        <source>Keep local</source>
        <translation>Conservar el valor local</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>Tomar el valor entrante</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>JSON, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>JSON, p. ej. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>New value of {field}</source>
        <translation>Nuevo valor de {field}</translation>
    </message>
    <message>
        <source>The record holds this value until the conflict is resolved.</source>
        <translation>El registro conserva este valor hasta que se resuelva el conflicto.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>FieldPartner guide</source>
        <translation>Guía de FieldPartner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Cerrar la guía</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paquetes enviados y recibidos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) sent, </source>
        <translation>
            <numerusform>%Ln paquete enviado, </numerusform>
            <numerusform>%Ln paquetes enviados, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received.</source>
        <translation>
            <numerusform>%Ln recibido.</numerusform>
            <numerusform>%Ln recibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle sent or received yet.</source>
        <translation>Todavía no se ha enviado ni recibido ningún paquete.</translation>
    </message>
    <message>
        <source>Show older bundles</source>
        <translation>Mostrar paquetes más antiguos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Solo cambios</translation>
    </message>
    <message>
        <source>Bundle made {time}</source>
        <translation>Paquete creado el {time}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this partner</source>
        <translation>Historial de esta organización socia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>este dispositivo</translation>
    </message>
</context>
<context>
    <name>HqConnectDialog</name>
    <message>
        <source>Connect to HQ database</source>
        <translation>Conectar a la base de datos de la sede</translation>
    </message>
    <message>
        <source>Headquarters&apos; shared database. Connect with your own database login: your changes are recorded under it, and it decides what you may do.</source>
        <translation>La base de datos compartida de la sede. Conéctese con su propio usuario de la base de datos: sus cambios se registran con él, y determina lo que puede hacer.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Dirección de la base de datos</translation>
    </message>
    <message>
        <source>HQ passphrase</source>
        <translation>Frase de contraseña de la sede</translation>
    </message>
    <message>
        <source>Database &amp;address:</source>
        <translation>&amp;Dirección de la base de datos:</translation>
    </message>
    <message>
        <source>HQ &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la sede:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Give the database&apos;s address, starting with postgresql://</source>
        <translation>Indique la dirección de la base de datos, que empieza por postgresql://</translation>
    </message>
    <message>
        <source>Enter the HQ passphrase.</source>
        <translation>Introduzca la frase de contraseña de la sede.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>No conectado: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) chosen: </source>
        <translation>
            <numerusform>%Ln paquete elegido: </numerusform>
            <numerusform>%Ln paquetes elegidos: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to import.</source>
        <translation>
            <numerusform>%Ln por importar.</numerusform>
            <numerusform>%Ln por importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each bundle is imported whole or not at all.</source>
        <translation>Cada paquete se importa entero o no se importa.</translation>
    </message>
    <message>
        <source>What each bundle will change</source>
        <translation>Lo que cambiará cada paquete</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln bundle(s)</source>
        <translation>
            <numerusform>Importar %Ln paquete</numerusform>
            <numerusform>Importar %Ln paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundles listed as ready</source>
        <translation>Importar los paquetes marcados como listos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Cancelar: no importar nada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>{who} ({role}), fingerprint {fingerprint}</source>
        <translation>{who} ({role}), huella {fingerprint}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field conflict(s) to resolve on the Conflicts tab</source>
        <translation>
            <numerusform>%Ln conflicto de campo por resolver en la pestaña Conflictos</numerusform>
            <numerusform>%Ln conflictos de campo por resolver en la pestaña Conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>changes {range} of this sender never arrived: ask for the missing bundle or a full export</source>
        <translation>los cambios {range} de este remitente nunca llegaron: pida el paquete que falta o una exportación completa</translation>
    </message>
    <message>
        <source>Refused; it cannot be imported</source>
        <translation>Rechazado; no se puede importar</translation>
    </message>
    <message>
        <source>The same bundle as {file}; imported once</source>
        <translation>El mismo paquete que {file}; se importa una sola vez</translation>
    </message>
    <message>
        <source>Not imported: you did not enrol the device</source>
        <translation>No importado: usted no registró el dispositivo</translation>
    </message>
    <message>
        <source>Already imported: nothing will change</source>
        <translation>Ya importado: no cambiará nada</translation>
    </message>
    <message>
        <source>Ready; enrols the new device you confirmed</source>
        <translation>Listo; registra el dispositivo nuevo que usted confirmó</translation>
    </message>
    <message>
        <source>Ready; nothing new in it</source>
        <translation>Listo; no contiene nada nuevo</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Listo para importar</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Question {number}: {text}</source>
        <translation>Pregunta {number}: {text}</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Does not count towards completeness</source>
        <translation>No cuenta para la completitud</translation>
    </message>
    <message>
        <source>Key question</source>
        <translation>Pregunta clave</translation>
    </message>
    <message>
        <source>A key question counts more and can decide the rating</source>
        <translation>Una pregunta clave cuenta más y puede decidir la calificación</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answer (a number)</source>
        <translation>Respuesta (un número)</translation>
    </message>
    <message>
        <source>Answer (a date)</source>
        <translation>Respuesta (una fecha)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Worked out by the application from the partner&apos;s records.</source>
        <translation>Calculado por la aplicación a partir de los registros del socio.</translation>
    </message>
    <message>
        <source>Answer by attaching the files below.</source>
        <translation>Responda adjuntando los archivos a continuación.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Evidence needed: a note</source>
        <translation>Evidencia necesaria: una nota</translation>
    </message>
    <message>
        <source>Evidence needed: an attached file</source>
        <translation>Evidencia necesaria: un archivo adjunto</translation>
    </message>
    <message>
        <source>Evidence needed: a note or an attached file</source>
        <translation>Evidencia necesaria: una nota o un archivo adjunto</translation>
    </message>
    <message>
        <source>Evidence is still missing for this answer.</source>
        <translation>Todavía falta evidencia para esta respuesta.</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota de evidencia</translation>
    </message>
    <message>
        <source>Evidence note: what you saw, who said it</source>
        <translation>Nota de evidencia: qué vio, quién lo dijo</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach a file as evidence</source>
        <translation>Adjuntar un archivo como evidencia</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Quitar el archivo seleccionado</translation>
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
        <translation>Unirse a una organización</translation>
    </message>
    <message>
        <source>1. Choose the organisation profile file HQ gave you (*.fporg).
2. Call HQ. Type the fingerprint HQ reads to you, character by character.</source>
        <translation>1. Elija el archivo de perfil de la organización que le dio la sede (*.fporg).
2. Llame a la sede. Escriba la huella que la sede le lea, carácter por carácter.</translation>
    </message>
    <message>
        <source>Organisation profile file</source>
        <translation>Archivo de perfil de la organización</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the organisation profile file</source>
        <translation>Elegir el archivo de perfil de la organización</translation>
    </message>
    <message>
        <source>Profile file:</source>
        <translation>Archivo de perfil:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint, as read to you by HQ</source>
        <translation>Huella de la sede, tal como se la lee la sede</translation>
    </message>
    <message>
        <source>HQ&apos;s &amp;fingerprint:</source>
        <translation>&amp;Huella de la sede:</translation>
    </message>
    <message>
        <source>Let HQ open this vault if the passphrase and recovery key are both lost</source>
        <translation>Permitir que la sede abra esta bóveda si se pierden tanto la frase de contraseña como la clave de recuperación</translation>
    </message>
    <message>
        <source>HQ escrow of this vault&apos;s key</source>
        <translation>Depósito de la clave de esta bóveda en la sede</translation>
    </message>
    <message>
        <source>Stores this vault&apos;s key encrypted to HQ in the vault&apos;s header, so HQ can recover the vault with its identity backup.</source>
        <translation>Guarda en la cabecera de la bóveda la clave de esta bóveda cifrada para la sede, de modo que la sede pueda recuperar la bóveda con su copia de seguridad de identidad.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation>Unirse a la organización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Cancelar la unión</translation>
    </message>
    <message>
        <source>Choose the organisation profile</source>
        <translation>Elegir el perfil de la organización</translation>
    </message>
    <message>
        <source>Organisation profiles (*.fporg);;All files (*)</source>
        <translation>Perfiles de organización (*.fporg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the profile…</source>
        <translation>Leyendo el perfil…</translation>
    </message>
    <message>
        <source>{name} (profile made {time})</source>
        <translation>{name} (perfil creado el {time})</translation>
    </message>
    <message>
        <source>Now type the fingerprint HQ reads to you.</source>
        <translation>Ahora escriba la huella que le lea la sede.</translation>
    </message>
    <message>
        <source>This file cannot be used: {reason}</source>
        <translation>No se puede usar este archivo: {reason}</translation>
    </message>
    <message>
        <source>This is not the fingerprint in the profile. Do not join: call HQ again and check it. If HQ reads the same fingerprint, the profile file may have been replaced; ask HQ for a new copy.</source>
        <translation>Esta no es la huella del perfil. No se una: vuelva a llamar a la sede y compruébela. Si la sede lee la misma huella, es posible que el archivo de perfil haya sido sustituido; pida a la sede una copia nueva.</translation>
    </message>
    <message>
        <source>Not joined: {reason}</source>
        <translation>No se unió: {reason}</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message>
        <source>Joining the organisation…</source>
        <translation>Uniéndose a la organización…</translation>
    </message>
</context>
<context>
    <name>KeepPhotoDetails</name>
    <message>
        <source>Keep photos&apos; location and camera details</source>
        <translation>Conservar la ubicación y la cámara de las fotos</translation>
    </message>
    <message>
        <source>Keep the location and camera details of photos added now</source>
        <translation>Conservar la ubicación y la cámara de las fotos añadidas ahora</translation>
    </message>
    <message>
        <source>Off: photos are stored without their GPS position, camera and time taken. On: they keep them, and bundles to HQ carry them.</source>
        <translation>Desactivado: las fotos se guardan sin su posición GPS, su cámara ni la hora en que se tomaron. Activado: las conservan y los paquetes para la sede las llevan.</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault and close this window</source>
        <translation>Bloquear la bóveda y cerrar esta ventana</translation>
    </message>
    <message>
        <source>Before a &amp;border crossing…</source>
        <translation>Antes de cruzar una &amp;frontera…</translation>
    </message>
    <message>
        <source>Send HQ what it lacks, then remove records from this laptop</source>
        <translation>Enviar a la sede lo que le falta y luego retirar registros de este portátil</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>Borrado de e&amp;mergencia…</translation>
    </message>
    <message>
        <source>Destroy this vault on this computer</source>
        <translation>Destruir esta bóveda en esta computadora</translation>
    </message>
    <message>
        <source>Connect to &amp;HQ database…</source>
        <translation>Conectar a la base de datos de la &amp;sede…</translation>
    </message>
    <message>
        <source>Open headquarters&apos; shared database in a window of its own</source>
        <translation>Abrir la base de datos compartida de la sede en una ventana propia</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organización…</translation>
    </message>
    <message>
        <source>The organisation name and logo printed on reports</source>
        <translation>El nombre y el logotipo de la organización impresos en los informes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>&amp;Problem report…</source>
        <translation>&amp;Informe de problemas…</translation>
    </message>
    <message>
        <source>What went wrong recently, to copy for whoever supports FieldPartner</source>
        <translation>Lo que ha fallado recientemente, para copiarlo a quien da soporte a FieldPartner</translation>
    </message>
    <message>
        <source>&amp;About FieldPartner</source>
        <translation>A&amp;cerca de FieldPartner</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>The vault locks itself after this time without use (see Settings)</source>
        <translation>La bóveda se bloquea sola tras este tiempo sin uso (vea Configuración)</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Bóveda: {name}</translation>
    </message>
    <message>
        <source>HQ database · {person} ({role})</source>
        <translation>Base de datos de la sede · {person} ({role})</translation>
    </message>
    <message>
        <source>Only for a vault on this computer: HQ&apos;s database is kept by its server (backups, access and encryption: see the operator&apos;s guide)</source>
        <translation>Solo para una bóveda en este ordenador: la base de datos de la sede la mantiene su servidor (copias de seguridad, acceso y cifrado: vea la guía del operador)</translation>
    </message>
    <message>
        <source>Read only: you may look at everything, not change it</source>
        <translation>Solo lectura: puede consultarlo todo, pero no cambiar nada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) found</source>
        <translation>
            <numerusform>%Ln organización socia encontrada</numerusform>
            <numerusform>%Ln organizaciones socias encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln organización socia</numerusform>
            <numerusform>%Ln organizaciones socias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for the import to finish</source>
        <translation>
            <numerusform>%Ln cambio espera a que termine la importación</numerusform>
            <numerusform>%Ln cambios esperan a que termine la importación</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing: changes you make now are saved after it</source>
        <translation>Importando: los cambios que haga ahora se guardarán después</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Locks in {time}</source>
        <translation>Se bloquea en {time}</translation>
    </message>
    <message>
        <source>FieldPartner</source>
        <translation>FieldPartner</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault for a USB stick or another disk</source>
        <translation>Una copia cifrada de la bóveda para una memoria USB u otro disco</translation>
    </message>
    <message>
        <source>&amp;Import partners from a spreadsheet…</source>
        <translation>&amp;Importar socios desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Partners and contacts from an .xlsx or .csv file, checked before anything is saved</source>
        <translation>Socios y contactos desde un archivo .xlsx o .csv, verificados antes de guardar nada</translation>
    </message>
    <message>
        <source>Import an assessment &amp;template…</source>
        <translation>Importar una &amp;plantilla de evaluación…</translation>
    </message>
    <message>
        <source>Check a template file, preview it, then add it to the vault</source>
        <translation>Comprobar un archivo de plantilla, verla y añadirla a la bóveda</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before still open with the old one: make a new backup.</source>
        <translation>Se cambió la frase de contraseña. Las copias de seguridad anteriores se siguen abriendo con la antigua: haga una nueva copia.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search this page&apos;s list, or the partners from a page without one</source>
        <translation>Buscar en la lista de esta página, o en los socios desde una página sin lista</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>A short guide to FieldPartner&apos;s first steps</source>
        <translation>Una guía breve de los primeros pasos en FieldPartner</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Mark the action done</source>
        <translation>Marcar la acción como hecha</translation>
    </message>
    <message>
        <source>Mark “{title}” done.</source>
        <translation>Marcar «{title}» como hecha.</translation>
    </message>
    <message>
        <source>&amp;Note (what was done, what remains):</source>
        <translation>&amp;Nota (qué se hizo, qué queda pendiente):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Type to search partners</source>
        <translation>Escriba para buscar organizaciones socias</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Organización &amp;socia:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Plan&amp;tilla:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Due-diligence tier</source>
        <translation>Nivel de diligencia debida</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Quién responde</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>&amp;Responde:</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>&amp;Evaluadores:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create the assessment</source>
        <translation>Crear la evaluación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation>Elija una organización socia de la lista.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <source>Choose the due-diligence tier.</source>
        <translation>Elija el nivel de diligencia debida.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Too easy to guess: use four or more unrelated words.</source>
        <translation>Demasiado fácil de adivinar: use cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>F&amp;in:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Nombres separados por comas</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>F&amp;acilitadores:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create the workshop</source>
        <translation>Crear el taller</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>El taller no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>The name and logo printed at the top of every report from this vault.</source>
        <translation>El nombre y el logotipo impresos en la parte superior de cada informe de esta bóveda.</translation>
    </message>
    <message>
        <source>About the organisation settings</source>
        <translation>Acerca de la configuración de la organización</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Leave empty to use the vault&apos;s name.</source>
        <translation>Déjelo vacío para usar el nombre de la bóveda.</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Elegir una imagen de logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Organisation status</source>
        <translation>Estado de la organización</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB.</source>
        <translation>PNG o JPEG, 2 MB como máximo.</translation>
    </message>
    <message>
        <source>Logo requirements</source>
        <translation>Requisitos del logotipo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Guardar o cancelar</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Guardar la organización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The saved logo is damaged; choose it again: {reason}</source>
        <translation>El logotipo guardado está dañado; vuelva a elegirlo: {reason}</translation>
    </message>
    <message>
        <source>The logo reports show</source>
        <translation>El logotipo que muestran los informes</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>No se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>{file} cannot be the logo: it {reason}</source>
        <translation>{file} no puede usarse como logotipo: el archivo {reason}</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override a result</source>
        <translation>Modificar un resultado</translation>
    </message>
    <message>
        <source>Result to override</source>
        <translation>Resultado que se modifica</translation>
    </message>
    <message>
        <source>Overall result</source>
        <translation>Resultado global</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>Calculado:</translation>
    </message>
    <message>
        <source>New rating or level</source>
        <translation>Nueva calificación o nivel</translation>
    </message>
    <message>
        <source>&amp;Set to:</source>
        <translation>&amp;Fijar en:</translation>
    </message>
    <message>
        <source>Why the result is overridden</source>
        <translation>Por qué se modifica el resultado</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Override the result</source>
        <translation>Modificar el resultado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PartnerImportDialog</name>
    <message>
        <source>Import partners from a spreadsheet</source>
        <translation>Importar socios desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Partners and their contacts from an .xlsx or .csv file: one row per partner, or one row per contact with the partner&apos;s name repeated. Nothing is imported until every row passes the checks.</source>
        <translation>Los socios y sus contactos desde un archivo .xlsx o .csv: una fila por socio, o una fila por contacto repitiendo el nombre del socio. No se importa nada hasta que todas las filas superen las comprobaciones.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Archivo de la hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Elegir la hoja de cálculo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Check every row without importing</source>
        <translation>Comprobar cada fila sin importar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Importar todas las filas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>C&amp;olumnas:</translation>
    </message>
    <message>
        <source>&amp;Refused rows:</source>
        <translation>Filas &amp;rechazadas:</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Elegir una hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Campo para la columna {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}. Check the columns, then press Check.</source>
        <translation>{rows} filas leídas de {file}. Revise las columnas y pulse Comprobar.</translation>
    </message>
    <message>
        <source>The columns changed: press Check again.</source>
        <translation>Las columnas cambiaron: pulse Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Cannot check: {reason}</source>
        <translation>No se puede comprobar: {reason}</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>Comprobando {rows} filas…</translation>
    </message>
    <message>
        <source>{refused} of {rows} rows refused: nothing can be imported until they are corrected in the spreadsheet (or their columns mapped differently).</source>
        <translation>{refused} de {rows} filas rechazadas: no se puede importar nada hasta corregirlas en la hoja de cálculo (o asignar sus columnas de otro modo).</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas que importar.</translation>
    </message>
    <message>
        <source>Every row passed: {partners} new partners and {contacts} contacts will be imported.</source>
        <translation>Todas las filas son válidas: se importarán {partners} socios nuevos y {contacts} contactos.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported {partners} new partners and {contacts} contacts.</source>
        <translation>Se importaron {partners} socios nuevos y {contacts} contactos.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se importó nada: {reason}</translation>
    </message>
</context>
<context>
    <name>PartnerListPage</name>
    <message>
        <source>Search partners</source>
        <translation>Buscar organizaciones socias</translation>
    </message>
    <message>
        <source>Search by name, acronym, region, country or tag</source>
        <translation>Buscar por nombre, sigla, región, país o etiqueta</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Añadir organización socia…</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Añadir organización socia</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filtrar por fase</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Cualquier fase</translation>
    </message>
    <message>
        <source>Filter by partnership category</source>
        <translation>Filtrar por categoría de la alianza</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Filter by last risk rating</source>
        <translation>Filtrar por la última calificación de riesgo</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier calificación</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <source>Only partners with overdue actions</source>
        <translation>Solo organizaciones socias con acciones vencidas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>This vault has no partners yet. Start with Add partner…; Help → Guide explains the first steps, from a partner to its assessment and plan.</source>
        <translation>Esta bóveda aún no tiene socios. Empiece con Añadir organización socia…; Ayuda → Guía explica los primeros pasos, del socio a su evaluación y su plan.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>All partners</source>
        <translation>Todas las organizaciones socias</translation>
    </message>
    <message>
        <source>Back to the list of partners</source>
        <translation>Volver a la lista de organizaciones socias</translation>
    </message>
    <message>
        <source>Dossier report…</source>
        <translation>Informe del expediente…</translation>
    </message>
    <message>
        <source>Preview, print or save the partner dossier</source>
        <translation>Ver la vista previa, imprimir o guardar el expediente de la organización socia</translation>
    </message>
    <message>
        <source>Partner sections</source>
        <translation>Secciones de la organización socia</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Plan de desarrollo</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Esta organización socia ya no existe.</translation>
    </message>
    <message>
        <source>Last risk rating</source>
        <translation>Última calificación de riesgo</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <source>Open and overdue actions</source>
        <translation>Acciones abiertas y vencidas</translation>
    </message>
    <message>
        <source>Next partnership dialogue</source>
        <translation>Próximo diálogo de alianza</translation>
    </message>
    <message>
        <source>Risk: {rating}</source>
        <translation>Riesgo: {rating}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Last assessment: {kind}, {date} ({status})</source>
        <translation>Última evaluación: {kind}, {date} ({status})</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>Nunca evaluado</translation>
    </message>
    <message>
        <source>Actions: {open} open, {overdue} overdue</source>
        <translation>Acciones: {open} abiertas, {overdue} vencidas</translation>
    </message>
    <message>
        <source>No partnership dialogue held yet</source>
        <translation>Aún no se ha celebrado ningún diálogo de alianza</translation>
    </message>
    <message>
        <source>Next dialogue: {date}</source>
        <translation>Próximo diálogo: {date}</translation>
    </message>
</context>
<context>
    <name>PartnerPickerDialog</name>
    <message>
        <source>Add participating partners</source>
        <translation>Añadir organizaciones socias participantes</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Buscar organizaciones socias</translation>
    </message>
    <message>
        <source>Search by name, acronym, country or tag</source>
        <translation>Buscar por nombre, sigla, país o etiqueta</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the selected partners</source>
        <translation>Añadir las organizaciones socias seleccionadas</translation>
    </message>
    <message>
        <source>Chosen: {names}</source>
        <translation>Elegidos: {names}</translation>
    </message>
    <message>
        <source>Choose one or more partners to add.</source>
        <translation>Elija uno o varios socios para añadir.</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Last rating</source>
        <translation>Última calificación</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>PassphraseAdvice</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use unas cuantas palabras; evite las frases habituales.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, cifras ni mayúsculas.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Añada una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones de teclado cortos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como «aaa» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evite las palabras y los caracteres repetidos.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como «abc» o «6543» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evite las secuencias.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evite los años recientes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evite los años relacionados con usted.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evite las fechas y los años relacionados con usted.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Se parece a una contraseña de uso común.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Las mayúsculas no ayudan mucho.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Las sustituciones previsibles como «@» en lugar de «a» no ayudan mucho.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>Añadir un participante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the participant</source>
        <translation>Añadir el participante</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Narrative report</source>
        <translation>Informe narrativo</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Informe financiero</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Visita de monitoreo</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Search actions</source>
        <translation>Buscar acciones</translation>
    </message>
    <message>
        <source>Search action titles</source>
        <translation>Buscar en los títulos de las acciones</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrar por organización socia</translation>
    </message>
    <message>
        <source>Partner name or acronym</source>
        <translation>Nombre o sigla de la organización socia</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abiertas</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por responsable</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrar por origen</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Actions across partners</source>
        <translation>Acciones de todas las organizaciones socias</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar como &amp;hecha…</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marcar como hecha la acción seleccionada</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>Editar la acción seleccionada</translation>
    </message>
    <message>
        <source>Open &amp;partner</source>
        <translation>Abrir &amp;organización socia</translation>
    </message>
    <message>
        <source>Open the selected action&apos;s partner</source>
        <translation>Abrir la organización socia de la acción seleccionada</translation>
    </message>
    <message>
        <source>Plan &amp; follow-ups</source>
        <translation>Plan y seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Acción no guardada</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>El cambio no se guardó: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Development plan actions</source>
        <translation>Acciones del plan de desarrollo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{status} (overdue)</source>
        <translation>{status} (vencida)</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nueva acción…</translation>
    </message>
    <message>
        <source>Add an action to this partner&apos;s development plan</source>
        <translation>Añadir una acción al plan de desarrollo de este socio</translation>
    </message>
    <message>
        <source>Action added to the plan</source>
        <translation>Acción añadida al plan</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>Problem report</source>
        <translation>Informe de problemas</translation>
    </message>
    <message>
        <source>What went wrong recently, for whoever supports FieldPartner. It names the kind of each failure and where in the program it happened; it holds no partner, answer or other record content. Copy it into your message.</source>
        <translation>Lo que ha fallado recientemente, para quien da soporte a FieldPartner. Indica el tipo de cada fallo y en qué parte del programa ocurrió; no contiene socios, respuestas ni ningún otro contenido de los registros. Cópielo en su mensaje.</translation>
    </message>
    <message>
        <source>No problem has been recorded.</source>
        <translation>No se ha registrado ningún problema.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copiar el informe</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>tiene {length} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <source>has {count} entries; the limit is {limit}</source>
        <translation>tiene {count} elementos; el límite es {limit}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} no es uno de: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a country code (such as KE, SD or CO)</source>
        <translation>{value} no es un código de país (como KE, SD o CO)</translation>
    </message>
    <message>
        <source>{value} is not a currency code (such as GBP, EUR or USD)</source>
        <translation>{value} no es un código de moneda (como GBP, EUR o USD)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{end} is before {start_field} ({start})</source>
        <translation>{end} es anterior a «{start_field}» ({start})</translation>
    </message>
    <message>
        <source>{value} is negative; an amount must be 0 or more</source>
        <translation>{value} es negativo; un importe debe ser 0 o más</translation>
    </message>
    <message>
        <source>This assessment is {status}: its answers are locked. Reopen it to make a new draft.</source>
        <translation>Esta evaluación está {status}: sus respuestas están bloqueadas. Reábrala para crear un nuevo borrador.</translation>
    </message>
    <message>
        <source>This vault belongs to no organisation yet: set it up on the Sync page first.</source>
        <translation>Esta bóveda aún no pertenece a ninguna organización: configúrela primero en la página Sincronización.</translation>
    </message>
    <message>
        <source>This bundle belongs to another organisation, not {name}.</source>
        <translation>Este paquete pertenece a otra organización, no a {name}.</translation>
    </message>
    <message>
        <source>The bundle claims to come from this vault, but another key signed it.</source>
        <translation>El paquete dice venir de esta bóveda, pero lo firmó otra clave.</translation>
    </message>
    <message>
        <source>This bundle is not from {name}&apos;s HQ (sender {device}, fingerprint {fingerprint}); field vaults accept bundles from HQ only.</source>
        <translation>Este paquete no viene de la sede de {name} (remitente {device}, huella {fingerprint}); las bóvedas de terreno solo aceptan paquetes de la sede.</translation>
    </message>
    <message>
        <source>Device {device} was revoked on {when}; its bundles are refused.</source>
        <translation>El dispositivo {device} fue revocado el {when}; sus paquetes se rechazan.</translation>
    </message>
    <message>
        <source>The bundle claims to come from device {device} but is signed by a different key (fingerprint {fingerprint}, enrolled {enrolled}).</source>
        <translation>El paquete dice venir del dispositivo {device} pero está firmado por otra clave (huella {fingerprint}, registrada {enrolled}).</translation>
    </message>
    <message>
        <source>The fingerprint given does not match the unknown device {device} (its fingerprint is {fingerprint}).</source>
        <translation>La huella indicada no coincide con el dispositivo desconocido {device} (su huella es {fingerprint}).</translation>
    </message>
    <message>
        <source>Unknown device {device} with fingerprint {fingerprint}: check the fingerprint with the device&apos;s user before trusting it.</source>
        <translation>Dispositivo desconocido {device} con huella {fingerprint}: compruebe la huella con la persona usuaria del dispositivo antes de confiar en él.</translation>
    </message>
    <message>
        <source>This bundle is addressed to device {to}, not to this vault ({device}).</source>
        <translation>Este paquete está dirigido al dispositivo {to}, no a esta bóveda ({device}).</translation>
    </message>
    <message>
        <source>“{value}” is a float; give it as text or Decimal to keep it exact</source>
        <translation>«{value}» es un número de coma flotante; indíquelo como texto o Decimal para que sea exacto</translation>
    </message>
    <message>
        <source>{value} has more than {limit} digits</source>
        <translation>{value} tiene más de {limit} cifras</translation>
    </message>
    <message>
        <source>an attachment must belong to a partner, an assessment or a workshop</source>
        <translation>un archivo adjunto debe pertenecer a un socio, una evaluación o un taller</translation>
    </message>
    <message>
        <source>the kind must be one of {kinds}</source>
        <translation>el tipo debe ser uno de {kinds}</translation>
    </message>
    <message>
        <source>the value must not be empty</source>
        <translation>el valor no debe estar vacío</translation>
    </message>
    <message>
        <source>{date} is set but the status is “{status}”</source>
        <translation>{date} está indicado, pero el estado es «{status}»</translation>
    </message>
    <message>
        <source>must be given when approving with conditions</source>
        <translation>debe indicarse al aprobar con condiciones</translation>
    </message>
    <message>
        <source>{date} is set but the status is “due”</source>
        <translation>{date} está indicado, pero el estado es «pendiente»</translation>
    </message>
    <message>
        <source>a {status} assessment becomes a draft only by reopening it, which clears {cleared} (still set: {kept})</source>
        <translation>una evaluación en estado {status} solo vuelve a ser borrador al reabrirla, lo que borra {cleared} (aún indicados: {kept})</translation>
    </message>
    <message>
        <source>“{item}” names a template item, so it needs an assessment</source>
        <translation>«{item}» designa un ítem de plantilla, así que necesita una evaluación</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>debe indicarse</translation>
    </message>
    <message>
        <source>must be a list of channels</source>
        <translation>debe ser una lista de canales</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>«{value}» no es una fecha</translation>
    </message>
    <message>
        <source>“{value}” is not a file name (no folders)</source>
        <translation>«{value}» no es un nombre de archivo (sin carpetas)</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} no es un importe</translation>
    </message>
    <message>
        <source>“{value}” is not the id of a record</source>
        <translation>«{value}» no es el identificador de un registro</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>debe ser una lista de textos</translation>
    </message>
    <message>
        <source>“{value}” is not an amount</source>
        <translation>«{value}» no es un importe</translation>
    </message>
    <message>
        <source>give a participating partner or the person’s name</source>
        <translation>indique un socio participante o el nombre de la persona</translation>
    </message>
    <message>
        <source>must be given when the status is “terminated”</source>
        <translation>debe indicarse cuando el estado es «rescindido»</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum} of {item}.</source>
        <translation>{value} supera el máximo {maximum} de {item}.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <source>yes, no, partly</source>
        <translation>yes, no, partly</translation>
    </message>
    <message>
        <source>yes, no, partly or not_applicable</source>
        <translation>yes, no, partly o not_applicable</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>attachment references</source>
        <translation>referencias de archivos adjuntos</translation>
    </message>
    <message>
        <source>a level of {values}</source>
        <translation>un nivel entre {values}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>one of {values}</source>
        <translation>uno de {values}</translation>
    </message>
    <message>
        <source>one or more of {values}</source>
        <translation>uno o varios de {values}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes o no</translation>
    </message>
    <message>
        <source>The action “{title}” is {status}, not proposed.</source>
        <translation>La acción «{title}» está {status}, no propuesta.</translation>
    </message>
    <message>
        <source>Assessment {id} is already a draft.</source>
        <translation>La evaluación {id} ya es un borrador.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “{name}” ({org_id}).</source>
        <translation>Esta bóveda ya pertenece a la organización «{name}» ({org_id}).</translation>
    </message>
    <message>
        <source>“{name}” is already listed as taking part</source>
        <translation>«{name}» ya figura entre los participantes</translation>
    </message>
    <message>
        <source>The amount {amount} is negative.</source>
        <translation>El importe {amount} es negativo.</translation>
    </message>
    <message>
        <source>{value} is below {minimum}: one partner’s answers would be shown as they are</source>
        <translation>{value} es menor que {minimum}: las respuestas de un socio se mostrarían tal cual</translation>
    </message>
    <message>
        <source>{source}: the first row must name the columns item_id, answer, note.</source>
        <translation>{source}: la primera fila debe nombrar las columnas item_id, answer, note.</translation>
    </message>
    <message>
        <source>{source}: answer {number} is not an object.</source>
        <translation>{source}: la respuesta {number} no es un objeto.</translation>
    </message>
    <message>
        <source>Row {row} ({item}): {problem}</source>
        <translation>Fila {row} ({item}): {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {count} rows rejected, nothing was saved: {problems}</source>
        <translation>{source}: {count} filas rechazadas, no se guardó nada: {problems}</translation>
    </message>
    <message>
        <source>{source}: 1 row rejected, nothing was saved: {problems}</source>
        <translation>{source}: 1 fila rechazada, no se guardó nada: {problems}</translation>
    </message>
    <message>
        <source>Only a final assessment can be approved, not a {status} one.</source>
        <translation>Solo una evaluación final puede aprobarse, no una en estado {status}.</translation>
    </message>
    <message>
        <source>Assessment {id} has been deleted.</source>
        <translation>La evaluación {id} ha sido eliminada.</translation>
    </message>
    <message>
        <source>Device {device} is revoked; nothing can be assigned to it.</source>
        <translation>El dispositivo {device} está revocado; no se le puede asignar nada.</translation>
    </message>
    <message>
        <source>The contents of “{filename}” are missing from the vault (SHA-256 {sha256}).</source>
        <translation>El contenido de «{filename}» falta en la bóveda (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>“{filename}” is damaged: its contents have SHA-256 {actual}, but {sha256} was recorded when it was attached.</source>
        <translation>«{filename}» está dañado: su contenido tiene SHA-256 {actual}, pero se registró {sha256} al adjuntarlo.</translation>
    </message>
    <message>
        <source>“{name}” is {program}; programs are not kept as attachments</source>
        <translation>«{name}» es {program}; los programas no se guardan como archivos adjuntos</translation>
    </message>
    <message>
        <source>“{name}” is {size}; the limit is {limit:g} MB</source>
        <translation>«{name}» ocupa {size}; el límite es {limit:g} MB</translation>
    </message>
    <message>
        <source>The copy failed its check: {problems}</source>
        <translation>La copia no superó su comprobación: {problems}</translation>
    </message>
    <message>
        <source>{name} did not pass its check: {problems}</source>
        <translation>{name} no superó su comprobación: {problems}</translation>
    </message>
    <message>
        <source>A backup must go outside the vault’s own folder.</source>
        <translation>Una copia de seguridad debe ir fuera de la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>{destination} is not a folder.</source>
        <translation>{destination} no es una carpeta.</translation>
    </message>
    <message>
        <source>The backup reminder takes {low} to {high} days, not {days}.</source>
        <translation>El recordatorio de copia de seguridad admite de {low} a {high} días, no {days}.</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum} of {item}.</source>
        <translation>{value} es menor que el mínimo {minimum} de {item}.</translation>
    </message>
    <message>
        <source>{name} lacks attachments it should hold; nothing was removed.</source>
        <translation>A {name} le faltan archivos adjuntos que debería contener; no se quitó nada.</translation>
    </message>
    <message>
        <source>{count} record(s) HQ has not acknowledged are not in {name}; nothing was removed.</source>
        <translation>{count} registro(s) que la sede no ha confirmado no están en {name}; no se quitó nada.</translation>
    </message>
    <message>
        <source>{name} is not the bundle just written (it was replaced or cut short); nothing was removed.</source>
        <translation>{name} no es el paquete recién escrito (fue reemplazado o truncado); no se quitó nada.</translation>
    </message>
    <message>
        <source>The border bundle {name} does not read back ({reason}); nothing was removed.</source>
        <translation>El paquete de paso de frontera {name} no se puede releer ({reason}); no se quitó nada.</translation>
    </message>
    <message>
        <source>Border mode is for a field vault; this vault is HQ.</source>
        <translation>El modo frontera es para una bóveda de terreno; esta bóveda es la de la sede.</translation>
    </message>
    <message>
        <source>The bundle’s archive is damaged ({reason}).</source>
        <translation>El archivo del paquete está dañado ({reason}).</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 name.</source>
        <translation>{name} no coincide con su nombre SHA-256.</translation>
    </message>
    <message>
        <source>{label}: {problem}; nothing was imported.</source>
        <translation>{label}: {problem}; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle’s attachments can no longer be read.</source>
        <translation>Los archivos adjuntos del paquete ya no se pueden leer.</translation>
    </message>
    <message>
        <source>The bundle has unexpected data after its archive.</source>
        <translation>El paquete tiene datos inesperados después de su archivo.</translation>
    </message>
    <message>
        <source>The bundle’s archive has a damaged header (checksum).</source>
        <translation>El archivo del paquete tiene una cabecera dañada (suma de comprobación).</translation>
    </message>
    <message>
        <source>The bundle’s archive has a damaged header ({what}).</source>
        <translation>El archivo del paquete tiene una cabecera dañada ({what}).</translation>
    </message>
    <message>
        <source>{name} changed since the bundle was checked.</source>
        <translation>{name} cambió desde que se comprobó el paquete.</translation>
    </message>
    <message>
        <source>{name} does not match the hash in the signed manifest.</source>
        <translation>{name} no coincide con el hash del manifiesto firmado.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds a member with a non-ASCII name.</source>
        <translation>El archivo del paquete contiene un elemento con un nombre no ASCII.</translation>
    </message>
    <message>
        <source>{name} does not end with a newline.</source>
        <translation>{name} no termina con un salto de línea.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}”, which is {what}, not a file; a bundle holds regular files only.</source>
        <translation>El archivo del paquete contiene «{name}», que es {what} y no un archivo; un paquete solo contiene archivos normales.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}” in a form other than POSIX ustar.</source>
        <translation>El archivo del paquete contiene «{name}» en un formato distinto de POSIX ustar.</translation>
    </message>
    <message>
        <source>{name} is too large ({size} bytes; at most {limit}).</source>
        <translation>{name} es demasiado grande ({size} bytes; como máximo {limit}).</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}” twice.</source>
        <translation>El archivo del paquete contiene «{name}» dos veces.</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>The bundle’s members differ from its manifest</source>
        <translation>Los elementos del paquete difieren de su manifiesto</translation>
    </message>
    <message>
        <source>The bundle can no longer be read.</source>
        <translation>El paquete ya no se puede leer.</translation>
    </message>
    <message>
        <source>The bundle has no signed manifest (manifest.json, manifest.sig).</source>
        <translation>El paquete no tiene manifiesto firmado (manifest.json, manifest.sig).</translation>
    </message>
    <message>
        <source>The bundle is damaged, truncated or not an age-encrypted FieldPartner bundle (age: {reason}).</source>
        <translation>El paquete está dañado, truncado o no es un paquete de FieldPartner cifrado con age (age: {reason}).</translation>
    </message>
    <message>
        <source>The bundle’s records refer to records this vault does not have ({reason}); nothing was imported.</source>
        <translation>Los registros del paquete remiten a registros que esta bóveda no tiene ({reason}); no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle’s sender {sender} claims the role “{role}”, which is not its role in this organisation.</source>
        <translation>El remitente del paquete {sender} se atribuye el rol «{role}», que no es el suyo en esta organización.</translation>
    </message>
    <message>
        <source>The bundle’s signature does not match its manifest: it was altered after it was signed.</source>
        <translation>La firma del paquete no coincide con su manifiesto: se alteró después de firmarse.</translation>
    </message>
    <message>
        <source>Template {template} version {version} in the bundle differs from the one this vault holds; a template version never changes (a changed template needs a new version number).</source>
        <translation>La plantilla {template} versión {version} del paquete difiere de la de esta bóveda; una versión de plantilla nunca cambia (una plantilla modificada necesita un nuevo número de versión).</translation>
    </message>
    <message>
        <source>The bundle is larger than {limit} bytes.</source>
        <translation>El paquete supera los {limit} bytes.</translation>
    </message>
    <message>
        <source>The bundle holds more than {limit} members.</source>
        <translation>El paquete contiene más de {limit} elementos.</translation>
    </message>
    <message>
        <source>The bundle’s archive is truncated ({what}).</source>
        <translation>El archivo del paquete está truncado ({what}).</translation>
    </message>
    <message>
        <source>The bundle’s archive holds an unexpected member “{name}”.</source>
        <translation>El archivo del paquete contiene un elemento inesperado «{name}».</translation>
    </message>
    <message>
        <source>The bundle has format version {version}; this FieldPartner reads version {readable} (it was written by a newer FieldPartner).</source>
        <translation>El paquete tiene la versión de formato {version}; este FieldPartner lee la versión {readable} (lo escribió un FieldPartner más reciente).</translation>
    </message>
    <message>
        <source>The bundle has format version {version}; this FieldPartner reads version {readable}.</source>
        <translation>El paquete tiene la versión de formato {version}; este FieldPartner lee la versión {readable}.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “{name}”; it cannot join another.</source>
        <translation>Esta bóveda ya pertenece a la organización «{name}»; no puede unirse a otra.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>No se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the identity backup {file}: {reason}</source>
        <translation>No se puede leer la copia de seguridad de identidad {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the profile {file}: {reason}</source>
        <translation>No se puede leer el perfil {file}: {reason}</translation>
    </message>
    <message>
        <source>{source}: cell {cell} is longer than {limit} characters.</source>
        <translation>{source}: la celda {cell} supera los {limit} caracteres.</translation>
    </message>
    <message>
        <source>A self-assessment compares only with the same template version.</source>
        <translation>Una autoevaluación solo se compara con la misma versión de la plantilla.</translation>
    </message>
    <message>
        <source>Item {item} is computed by the application, not answered.</source>
        <translation>El ítem {item} lo calcula la aplicación; no se responde.</translation>
    </message>
    <message>
        <source>Conflict {id} is already resolved ({resolution}).</source>
        <translation>El conflicto {id} ya está resuelto ({resolution}).</translation>
    </message>
    <message>
        <source>{kind} {label} ({id}) was changed by {author} at {when} after this edit began; nothing was saved: reopen it to see their change, then edit again.</source>
        <translation>{kind} {label} ({id}) fue modificado por {author} el {when} después de comenzar esta edición; no se guardó nada: vuelva a abrirlo para ver su cambio y edite de nuevo.</translation>
    </message>
    <message>
        <source>{kind} {label} ({id}) was changed on another device at {when} after this edit began; nothing was saved: reopen it to see the change, then edit again.</source>
        <translation>{kind} {label} ({id}) fue modificado en otro dispositivo el {when} después de comenzar esta edición; no se guardó nada: vuelva a abrirlo para ver el cambio y edite de nuevo.</translation>
    </message>
    <message>
        <source>{person} is a {role} in HQ&apos;s database and may not {action} (only a {needed} may); nothing was changed.</source>
        <translation>{person} tiene el rol {role} en la base de la sede y no puede {action} (solo el rol {needed} puede); no se cambió nada.</translation>
    </message>
    <message>
        <source>Conflict {id} on {kind} {record} is already resolved ({resolution}) by {author} at {when}.</source>
        <translation>El conflicto {id} sobre {kind} {record} ya está resuelto ({resolution}) por {author} el {when}.</translation>
    </message>
    <message>
        <source>contact {field}: {problem}</source>
        <translation>contacto, {field}: {problem}</translation>
    </message>
    <message>
        <source>contact “{name}” is already in row {row}</source>
        <translation>el contacto «{name}» ya está en la fila {row}</translation>
    </message>
    <message>
        <source>contact “{name}” is already a contact of this partner</source>
        <translation>«{name}» ya es un contacto de este socio</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>una foto HEIC</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>“{name}” is named as {named} but its content is {content}</source>
        <translation>«{name}» tiene nombre de {named}, pero su contenido es {content}</translation>
    </message>
    <message>
        <source>“{name}” is named as text but its content is {content}</source>
        <translation>«{name}» tiene nombre de texto, pero su contenido es {content}</translation>
    </message>
    <message>
        <source>an older Office document</source>
        <translation>un documento de Office antiguo</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>un archivo ZIP (o un archivo de Word, Excel u OpenDocument)</translation>
    </message>
    <message>
        <source>answered covered needs a note naming the earlier assessment</source>
        <translation>la respuesta «cubierto» necesita una nota que nombre la evaluación anterior</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text; save it again as “CSV UTF-8” or as .xlsx.</source>
        <translation>{source} no es texto UTF-8; guárdelo de nuevo como «CSV UTF-8» o como .xlsx.</translation>
    </message>
    <message>
        <source>The unwrapped database key has the wrong length.</source>
        <translation>La clave de base de datos descifrada no tiene la longitud correcta.</translation>
    </message>
    <message>
        <source>{file} is missing; the vault cannot be opened.</source>
        <translation>Falta {file}; la bóveda no se puede abrir.</translation>
    </message>
    <message>
        <source>vault.db cannot be read: {reason}</source>
        <translation>No se puede leer vault.db: {reason}</translation>
    </message>
    <message>
        <source>A decision must be given to approve an assessment.</source>
        <translation>Hay que indicar una decisión para aprobar una evaluación.</translation>
    </message>
    <message>
        <source>No assessment template was found for the demo.</source>
        <translation>No se encontró ninguna plantilla de evaluación para la demostración.</translation>
    </message>
    <message>
        <source>No template can be used for the demo’s assessments.</source>
        <translation>Ninguna plantilla sirve para las evaluaciones de la demostración.</translation>
    </message>
    <message>
        <source>“{device_id}” names more than one device; give more characters.</source>
        <translation>«{device_id}» designa más de un dispositivo; indique más caracteres.</translation>
    </message>
    <message>
        <source>{field}: “{value}” differs from “{held}” in row {row}</source>
        <translation>{field}: «{value}» difiere de «{held}» en la fila {row}</translation>
    </message>
    <message>
        <source>{field}: “{value}” differs from “{held}” in the vault</source>
        <translation>{field}: «{value}» difiere de «{held}» en la bóveda</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault’s passphrase.</source>
        <translation>La frase de contraseña de coacción debe ser distinta de la de la bóveda.</translation>
    </message>
    <message>
        <source>{source}: the sheet is empty (no header row).</source>
        <translation>{source}: la hoja está vacía (sin fila de encabezado).</translation>
    </message>
    <message>
        <source>The escrow slot does not open with this HQ identity ({reason}).</source>
        <translation>La ranura de depósito no se abre con esta identidad de la sede ({reason}).</translation>
    </message>
    <message>
        <source>The vault’s escrow slot is for {recipient}, but {name} holds the identity of {held}: use the identity backup of the HQ this vault joined.</source>
        <translation>La ranura de depósito de la bóveda es para {recipient}, pero {name} contiene la identidad de {held}: use la copia de seguridad de identidad de la sede a la que se unió esta bóveda.</translation>
    </message>
    <message>
        <source>{target} is a file; a CSV export needs a folder (or a name ending in .zip).</source>
        <translation>{target} es un archivo; una exportación CSV necesita una carpeta (o un nombre que termine en .zip).</translation>
    </message>
    <message>
        <source>{kind} {record_id}: revision {rev} claims to be an automatic merge but is not the merge of its parents; device {sender} sent it.</source>
        <translation>{kind} {record_id}: la revisión {rev} dice ser una fusión automática pero no es la fusión de sus padres; la envió el dispositivo {sender}.</translation>
    </message>
    <message>
        <source>use a few unrelated words</source>
        <translation>use unas cuantas palabras sin relación entre sí</translation>
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
        <translation>No se puede finalizar: {count} preguntas por completar: {questions}</translation>
    </message>
    <message>
        <source>Cannot finalise: 1 question to complete: {questions}</source>
        <translation>No se puede finalizar: 1 pregunta por completar: {questions}</translation>
    </message>
    <message>
        <source>{source}: cell {cell} holds a formula whose value was never saved; open the file in a spreadsheet, save it, and import again (or paste the values).</source>
        <translation>{source}: la celda {cell} contiene una fórmula cuyo valor nunca se guardó; abra el archivo en una hoja de cálculo, guárdelo e importe de nuevo (o pegue los valores).</translation>
    </message>
    <message>
        <source>vault.json is empty (the vault header was truncated or wiped).</source>
        <translation>vault.json está vacío (la cabecera de la bóveda se truncó o se borró).</translation>
    </message>
    <message>
        <source>vault.json: $.keys.escrow.recipient is not an age recipient.</source>
        <translation>vault.json: $.keys.escrow.recipient no es un destinatario age.</translation>
    </message>
    <message>
        <source>vault.json: $.kdf: {reason}</source>
        <translation>vault.json: $.kdf: {reason}</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is missing.</source>
        <translation>vault.json: falta {path}.{key}.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is not valid base64.</source>
        <translation>vault.json: {path}.{key} no es base64 válido.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must be an integer, not {value}.</source>
        <translation>vault.json: {path}.{key} debe ser un entero, no {value}.</translation>
    </message>
    <message>
        <source>vault.json is damaged or truncated (not valid JSON: {reason}).</source>
        <translation>vault.json está dañado o truncado (JSON no válido: {reason}).</translation>
    </message>
    <message>
        <source>vault.json: {path} must be an object.</source>
        <translation>vault.json: {path} debe ser un objeto.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must be a non-empty string.</source>
        <translation>vault.json: {path}.{key} debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>vault.json on disk is not this vault’s.</source>
        <translation>El vault.json del disco no es el de esta bóveda.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is {value}; expected {wanted}.</source>
        <translation>vault.json: {path}.{key} es {value}; se esperaba {wanted}.</translation>
    </message>
    <message>
        <source>vault.json: $.vault_id {vault_id} is not a UUID.</source>
        <translation>vault.json: $.vault_id {vault_id} no es un UUID.</translation>
    </message>
    <message>
        <source>vault.json has version {version}; this FieldPartner reads vault format {readable} (the vault was made by a newer version).</source>
        <translation>vault.json tiene la versión {version}; este FieldPartner lee el formato de bóveda {readable} (la bóveda la creó una versión más reciente).</translation>
    </message>
    <message>
        <source>vault.json has version {version}; this FieldPartner reads vault format {readable}.</source>
        <translation>vault.json tiene la versión {version}; este FieldPartner lee el formato de bóveda {readable}.</translation>
    </message>
    <message>
        <source>vault.json: the format is {fmt}; this is not a FieldPartner vault.</source>
        <translation>vault.json: el formato es {fmt}; esto no es una bóveda de FieldPartner.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must decode to {length} bytes, not {count}.</source>
        <translation>vault.json: {path}.{key} debe decodificarse en {length} bytes, no {count}.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: the history is incomplete ({missing} is missing).</source>
        <translation>{kind} {record_id}: el historial está incompleto (falta {missing}).</translation>
    </message>
    <message>
        <source>HQ’s own vault has no one to escrow its key to.</source>
        <translation>La bóveda de la sede no tiene a quién depositar su clave.</translation>
    </message>
    <message>
        <source>This vault is the organisation’s HQ; it cannot join its own profile.</source>
        <translation>Esta bóveda es la sede de la organización; no puede unirse a su propio perfil.</translation>
    </message>
    <message>
        <source>The fingerprint “{given}” does not match HQ’s key in this profile ({fingerprint}); do not join: the profile may have been replaced.</source>
        <translation>La huella «{given}» no coincide con la clave de la sede en este perfil ({fingerprint}); no se una: el perfil puede haber sido reemplazado.</translation>
    </message>
    <message>
        <source>Only HQ’s vault enrols, revokes and assigns devices.</source>
        <translation>Solo la bóveda de la sede inscribe, revoca y asigna dispositivos.</translation>
    </message>
    <message>
        <source>{file} holds a damaged age identity.</source>
        <translation>{file} contiene una identidad age dañada.</translation>
    </message>
    <message>
        <source>{file} is not an HQ identity backup: it must hold exactly one AGE-SECRET-KEY-1… line, not {count}.</source>
        <translation>{file} no es una copia de seguridad de identidad de la sede: debe contener exactamente una línea AGE-SECRET-KEY-1…, no {count}.</translation>
    </message>
    <message>
        <source>{file} is too large to be an HQ identity backup.</source>
        <translation>{file} es demasiado grande para ser una copia de seguridad de identidad de la sede.</translation>
    </message>
    <message>
        <source>{what}.device_id is missing or not an id.</source>
        <translation>{what}.device_id falta o no es un identificador.</translation>
    </message>
    <message>
        <source>{what}.fingerprint does not match its keys.</source>
        <translation>{what}.fingerprint no coincide con sus claves.</translation>
    </message>
    <message>
        <source>{what} is not valid base64.</source>
        <translation>{what} no es base64 válido.</translation>
    </message>
    <message>
        <source>{what} must be base64 text.</source>
        <translation>{what} debe ser texto base64.</translation>
    </message>
    <message>
        <source>{what} must be an object.</source>
        <translation>{what} debe ser un objeto.</translation>
    </message>
    <message>
        <source>{what}.recipient is not a valid age X25519 recipient.</source>
        <translation>{what}.recipient no es un destinatario age X25519 válido.</translation>
    </message>
    <message>
        <source>{what}.recipient is not an age recipient.</source>
        <translation>{what}.recipient no es un destinatario age.</translation>
    </message>
    <message>
        <source>{what} must be {length} bytes, not {count}.</source>
        <translation>{what} debe tener {length} bytes, no {count}.</translation>
    </message>
    <message>
        <source>the image is {width} x {height} pixels; images above {limit:,} pixels are not redacted</source>
        <translation>la imagen mide {width} x {height} píxeles; las imágenes de más de {limit:,} píxeles no se depuran</translation>
    </message>
    <message>
        <source>the image cannot be read to remove its metadata: {reason}</source>
        <translation>la imagen no se puede leer para quitarle los metadatos: {reason}</translation>
    </message>
    <message>
        <source>{source}: {count} rows refused, nothing was imported: {rows}</source>
        <translation>{source}: {count} filas rechazadas, no se importó nada: {rows}</translation>
    </message>
    <message>
        <source>{source}: 1 row refused, nothing was imported: {rows}</source>
        <translation>{source}: 1 fila rechazada, no se importó nada: {rows}</translation>
    </message>
    <message>
        <source>{item} is already answered in row {row}</source>
        <translation>{item} ya tiene respuesta en la fila {row}</translation>
    </message>
    <message>
        <source>Item {item} {reason}</source>
        <translation>Ítem {item}: {reason}</translation>
    </message>
    <message>
        <source>{item} does not apply to the {tier} tier</source>
        <translation>{item} no se aplica al nivel {tier}</translation>
    </message>
    <message>
        <source>Argon2id iterations {iterations} is above the limit of {limit}.</source>
        <translation>Las iteraciones de Argon2id ({iterations}) superan el límite de {limit}.</translation>
    </message>
    <message>
        <source>Argon2id iterations {iterations} is below the floor of {floor}.</source>
        <translation>Las iteraciones de Argon2id ({iterations}) están por debajo del mínimo de {floor}.</translation>
    </message>
    <message>
        <source>Argon2id lanes {lanes} is outside 1..64.</source>
        <translation>Los carriles de Argon2id ({lanes}) están fuera de 1..64.</translation>
    </message>
    <message>
        <source>Argon2id memory {memory_kib} KiB is above the limit of {limit} KiB.</source>
        <translation>La memoria de Argon2id ({memory_kib} KiB) supera el límite de {limit} KiB.</translation>
    </message>
    <message>
        <source>Argon2id memory {memory_kib} KiB is below the floor of {floor} KiB.</source>
        <translation>La memoria de Argon2id ({memory_kib} KiB) está por debajo del mínimo de {floor} KiB.</translation>
    </message>
    <message>
        <source>The Argon2id salt must be {length} bytes, not {count}.</source>
        <translation>La sal de Argon2id debe tener {length} bytes, no {count}.</translation>
    </message>
    <message>
        <source>The key does not open vault.db (the database does not belong to this vault.json, or its first 16 bytes are damaged).</source>
        <translation>La clave no abre vault.db (la base de datos no pertenece a este vault.json, o sus primeros 16 bytes están dañados).</translation>
    </message>
    <message>
        <source>Lock after {minutes} minutes: choose {low} to {high}.</source>
        <translation>Bloquear tras {minutes} minutos: elija de {low} a {high}.</translation>
    </message>
    <message>
        <source>The organisation logo is damaged: its contents have SHA-256 {actual}, but {digest} was recorded when it was set.</source>
        <translation>El logotipo de la organización está dañado: su contenido tiene SHA-256 {actual}, pero se registró {digest} al elegirlo.</translation>
    </message>
    <message>
        <source>The organisation logo is missing from the vault (SHA-256 {digest}).</source>
        <translation>El logotipo de la organización falta en la bóveda (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>The organisation logo setting “{digest}” is not a SHA-256.</source>
        <translation>El ajuste del logotipo de la organización «{digest}» no es un SHA-256.</translation>
    </message>
    <message>
        <source>lowering the due-diligence tier from {reference} to {tier} needs a reason</source>
        <translation>bajar el nivel de diligencia debida de {reference} a {tier} requiere un motivo</translation>
    </message>
    <message>
        <source>Manifest: {problem}</source>
        <translation>Manifiesto: {problem}</translation>
    </message>
    <message>
        <source>manifest.json does not describe a FieldPartner bundle.</source>
        <translation>manifest.json no describe un paquete de FieldPartner.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON.</source>
        <translation>manifest.json no es JSON válido.</translation>
    </message>
    <message>
        <source>The manifest counts {revisions} revisions but the bundle holds {count}.</source>
        <translation>El manifiesto cuenta {revisions} revisiones, pero el paquete contiene {count}.</translation>
    </message>
    <message>
        <source>Manifest: sender.role must be hq or device.</source>
        <translation>Manifiesto: sender.role debe ser hq o device.</translation>
    </message>
    <message>
        <source>Manifest: sequence.after must be between 0 and sequence.through.</source>
        <translation>Manifiesto: sequence.after debe estar entre 0 y sequence.through.</translation>
    </message>
    <message>
        <source>Manifest: created_at “{created_at}” is not a UTC time.</source>
        <translation>Manifiesto: created_at «{created_at}» no es una hora UTC.</translation>
    </message>
    <message>
        <source>Manifest: unexpected member “{name}”.</source>
        <translation>Manifiesto: elemento inesperado «{name}».</translation>
    </message>
    <message>
        <source>More than one column is mapped to {field}.</source>
        <translation>Hay más de una columna asignada a {field}.</translation>
    </message>
    <message>
        <source>missing {names}</source>
        <translation>faltan {names}</translation>
    </message>
    <message>
        <source>not listed {names}</source>
        <translation>no listados: {names}</translation>
    </message>
    <message>
        <source>answered not applicable needs a note saying why</source>
        <translation>la respuesta «no aplica» necesita una nota que explique por qué</translation>
    </message>
    <message>
        <source>No column is mapped to the partner’s name.</source>
        <translation>Ninguna columna está asignada al nombre del socio.</translation>
    </message>
    <message>
        <source>answered “{value}” needs evidence (a note or an attached file)</source>
        <translation>la respuesta «{value}» necesita evidencia (una nota o un archivo adjunto)</translation>
    </message>
    <message>
        <source>answered “{value}” needs an attached file as evidence</source>
        <translation>la respuesta «{value}» necesita un archivo adjunto como evidencia</translation>
    </message>
    <message>
        <source>answered “{value}” needs an evidence note</source>
        <translation>la respuesta «{value}» necesita una nota de evidencia</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>La nueva frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>No action with id {id}.</source>
        <translation>No hay ninguna acción con el identificador {id}.</translation>
    </message>
    <message>
        <source>No assessment with id {id}.</source>
        <translation>No hay ninguna evaluación con el identificador {id}.</translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>No hay ningún contacto con el identificador {id}.</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered “covered by an earlier assessment”.</source>
        <translation>El ítem {item} no admite la respuesta «cubierto por una evaluación anterior».</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered “don’t know”.</source>
        <translation>El ítem {item} no admite la respuesta «no sé».</translation>
    </message>
    <message>
        <source>No enrolled device “{device_id}”.</source>
        <translation>No hay ningún dispositivo inscrito «{device_id}».</translation>
    </message>
    <message>
        <source>{file} has no HQ escrow slot (keys.escrow): this vault was never escrowed to HQ; recover it with its recovery key instead.</source>
        <translation>{file} no tiene ranura de depósito en la sede (keys.escrow): la clave de esta bóveda nunca se depositó en la sede; recupérela con su clave de recuperación.</translation>
    </message>
    <message>
        <source>{kind} {record_id} has no head revision.</source>
        <translation>{kind} {record_id} no tiene revisión principal.</translation>
    </message>
    <message>
        <source>no item_id</source>
        <translation>sin item_id</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered not applicable.</source>
        <translation>El ítem {item} no admite la respuesta «no aplica».</translation>
    </message>
    <message>
        <source>No partner with id {id}.</source>
        <translation>No hay ningún socio con el identificador {id}.</translation>
    </message>
    <message>
        <source>No partner was named.</source>
        <translation>No se nombró ningún socio.</translation>
    </message>
    <message>
        <source>No partner with id or name “{name}”.</source>
        <translation>No hay ningún socio con el identificador o el nombre «{name}».</translation>
    </message>
    <message>
        <source>No project with id {id}.</source>
        <translation>No hay ningún proyecto con el identificador {id}.</translation>
    </message>
    <message>
        <source>No result “{result}” to override ({known}).</source>
        <translation>No hay ningún resultado «{result}» que modificar ({known}).</translation>
    </message>
    <message>
        <source>Template {template} version {version} has no item “{item}”.</source>
        <translation>La plantilla {template} versión {version} no tiene el ítem «{item}».</translation>
    </message>
    <message>
        <source>{source} has no sheet named “{sheet}”.</source>
        <translation>{source} no tiene ninguna hoja llamada «{sheet}».</translation>
    </message>
    <message>
        <source>No template {key} in the library.</source>
        <translation>No hay ninguna plantilla {key} en la biblioteca.</translation>
    </message>
    <message>
        <source>No template {which} in the vault.</source>
        <translation>No hay ninguna plantilla {which} en la bóveda.</translation>
    </message>
    <message>
        <source>No workshop with id {id}.</source>
        <translation>No hay ningún taller con el identificador {id}.</translation>
    </message>
    <message>
        <source>“{field}” is not a field of a {kind}.</source>
        <translation>«{field}» no es un campo de {kind}.</translation>
    </message>
    <message>
        <source>The respondent must be assessor or partner_self, not “{respondent}”.</source>
        <translation>El encuestado debe ser assessor o partner_self, no «{respondent}».</translation>
    </message>
    <message>
        <source>{file}: not a spreadsheet this can read (.xlsx or .csv).</source>
        <translation>{file}: no es una hoja de cálculo que se pueda leer (.xlsx o .csv).</translation>
    </message>
    <message>
        <source>Tier “{tier}” is not one of template {template}’s tiers: {tiers}.</source>
        <translation>El nivel «{tier}» no es uno de los niveles de la plantilla {template}: {tiers}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid {type} value.</source>
        <translation>{field}: «{text}» no es un valor {type} válido.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or the vault was wiped.</source>
        <translation>Falta {path}: esta carpeta no es una bóveda, o la bóveda se borró.</translation>
    </message>
    <message>
        <source>“{value}” is not a {vocabulary} word ({words}).</source>
        <translation>«{value}» no es un término de {vocabulary} ({words}).</translation>
    </message>
    <message>
        <source>“{value}” is not an answer to {item}: expected {expected}.</source>
        <translation>«{value}» no es una respuesta a {item}: se esperaba {expected}.</translation>
    </message>
    <message>
        <source>{source}: expected a list of answers.</source>
        <translation>{source}: se esperaba una lista de respuestas.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>{source}: not readable as CSV ({reason}).</source>
        <translation>{source}: no se puede leer como CSV ({reason}).</translation>
    </message>
    <message>
        <source>Not fields an import fills: {fields}.</source>
        <translation>No son campos que una importación rellene: {fields}.</translation>
    </message>
    <message>
        <source>{source} is not JSON: {problem} at line {line}.</source>
        <translation>{source} no es JSON: {problem} en la línea {line}.</translation>
    </message>
    <message>
        <source>{name} is not a JSON number.</source>
        <translation>{name} no es un número JSON.</translation>
    </message>
    <message>
        <source>Assessment {id} is not a self-assessment.</source>
        <translation>La evaluación {id} no es una autoevaluación.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» no es un número entero</translation>
    </message>
    <message>
        <source>{source} is not an XLSX workbook.</source>
        <translation>{source} no es un libro XLSX.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>La organización necesita un nombre.</translation>
    </message>
    <message>
        <source>Only a final assessment’s results can be overridden, not a {status} one.</source>
        <translation>Solo se pueden modificar los resultados de una evaluación final, no de una en estado {status}.</translation>
    </message>
    <message>
        <source>An override needs a justification.</source>
        <translation>Una modificación de resultado necesita una justificación.</translation>
    </message>
    <message>
        <source>Template {template} does not allow overriding its results.</source>
        <translation>La plantilla {template} no permite modificar sus resultados.</translation>
    </message>
    <message>
        <source>has been removed from the workshop</source>
        <translation>ha sido retirado del taller</translation>
    </message>
    <message>
        <source>Partner “{name}” has been deleted.</source>
        <translation>El socio «{name}» ha sido eliminado.</translation>
    </message>
    <message>
        <source>{count} partners in the vault are named “{name}”; add this contact in the window</source>
        <translation>{count} socios de la bóveda se llaman «{name}»; añada este contacto en la ventana</translation>
    </message>
    <message>
        <source>{count} partners are named “{name}” ({ids}); use the id.</source>
        <translation>{count} socios se llaman «{name}» ({ids}); use el identificador.</translation>
    </message>
    <message>
        <source>Partner “{name}” is not assigned to device {device}.</source>
        <translation>El socio «{name}» no está asignado al dispositivo {device}.</translation>
    </message>
    <message>
        <source>The HQ database is closed.</source>
        <translation>La base de datos de la sede está cerrada.</translation>
    </message>
    <message>
        <source>The database {url} already holds tables ({tables}…); HQ is made in an empty database.</source>
        <translation>La base de datos {url} ya contiene tablas ({tables}…); la sede se crea en una base de datos vacía.</translation>
    </message>
    <message>
        <source>HQ on PostgreSQL needs psycopg: pip install &apos;fieldpartner[hq]&apos;.</source>
        <translation>La sede en PostgreSQL necesita psycopg: pip install &apos;fieldpartner[hq]&apos;.</translation>
    </message>
    <message>
        <source>{url} is not a FieldPartner HQ database (make one with `fieldpartner-cli hq init`).</source>
        <translation>{url} no es una base de datos de sede de FieldPartner (cree una con `fieldpartner-cli hq init`).</translation>
    </message>
    <message>
        <source>The HQ database&apos;s schema is at migration {revision}, which this FieldPartner does not know (it was upgraded by a newer version).</source>
        <translation>El esquema de la base de la sede está en la migración {revision}, que este FieldPartner no conoce (lo actualizó una versión más reciente).</translation>
    </message>
    <message>
        <source>The sealed setting {setting} does not open with HQ&apos;s key (it was altered).</source>
        <translation>El ajuste sellado {setting} no se abre con la clave de la sede (fue alterado).</translation>
    </message>
    <message>
        <source>The setting {setting} is damaged.</source>
        <translation>El ajuste {setting} está dañado.</translation>
    </message>
    <message>
        <source>The setting {setting} is missing.</source>
        <translation>Falta el ajuste {setting}.</translation>
    </message>
    <message>
        <source>The setting {setting} has an unknown format.</source>
        <translation>El ajuste {setting} tiene un formato desconocido.</translation>
    </message>
    <message>
        <source>The vault holds tables this FieldPartner does not know: {tables}.</source>
        <translation>La bóveda contiene tablas que este FieldPartner no conoce: {tables}.</translation>
    </message>
    <message>
        <source>Cannot use the HQ database {url}: {reason}</source>
        <translation>No se puede usar la base de datos de la sede {url}: {reason}</translation>
    </message>
    <message>
        <source>An HQ database is named by a postgresql://… URL.</source>
        <translation>Una base de datos de sede se indica con una URL postgresql://….</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>No se puede usar {url}: {reason}</translation>
    </message>
    <message>
        <source>The passphrase does not open this HQ database.</source>
        <translation>La frase de contraseña no abre esta base de datos de la sede.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>{file}: {key} is missing.</source>
        <translation>{file}: falta {key}.</translation>
    </message>
    <message>
        <source>{file} is not a FieldPartner organisation profile.</source>
        <translation>{file} no es un perfil de organización de FieldPartner.</translation>
    </message>
    <message>
        <source>{file} is not an organisation profile (not JSON).</source>
        <translation>{file} no es un perfil de organización (no es JSON).</translation>
    </message>
    <message>
        <source>{file}: the profile’s signature does not match its content.</source>
        <translation>{file}: la firma del perfil no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The profile’s templates hold a record that is not a template.</source>
        <translation>Las plantillas del perfil contienen un registro que no es una plantilla.</translation>
    </message>
    <message>
        <source>{file}: templates must be a list of revision lines.</source>
        <translation>{file}: templates debe ser una lista de líneas de revisión.</translation>
    </message>
    <message>
        <source>{file} is too large to be an organisation profile.</source>
        <translation>{file} es demasiado grande para ser un perfil de organización.</translation>
    </message>
    <message>
        <source>{file} has profile version {version}; this FieldPartner reads version {readable}.</source>
        <translation>{file} tiene la versión de perfil {version}; este FieldPartner lee la versión {readable}.</translation>
    </message>
    <message>
        <source>a Linux program</source>
        <translation>un programa de Linux</translation>
    </message>
    <message>
        <source>a macOS program</source>
        <translation>un programa de macOS</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <source>Project “{project}” is not a project of “{partner}”.</source>
        <translation>El proyecto «{project}» no es un proyecto de «{partner}».</translation>
    </message>
    <message>
        <source>question {number} ({item}) “{title}”: {reason}</source>
        <translation>pregunta {number} ({item}) «{title}»: {reason}</translation>
    </message>
    <message>
        <source>“{name}” has been deleted</source>
        <translation>«{name}» ha sido eliminado</translation>
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
        <translation>{kind} {record_id} falta en esta bóveda.</translation>
    </message>
    <message>
        <source>{where}: not valid JSON.</source>
        <translation>{where}: JSON no válido.</translation>
    </message>
    <message>
        <source>{where}: a value cannot be stored.</source>
        <translation>{where}: un valor no se puede guardar.</translation>
    </message>
    <message>
        <source>The recovery key contains “{char}”, which is not in its alphabet.</source>
        <translation>La clave de recuperación contiene «{char}», que no está en su alfabeto.</translation>
    </message>
    <message>
        <source>A recovery key has 52 characters (13 groups of 4); this one has {count}.</source>
        <translation>Una clave de recuperación tiene 52 caracteres (13 grupos de 4); esta tiene {count}.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault (or vault.json’s recovery slot was altered).</source>
        <translation>La clave de recuperación no abre esta bóveda (o se alteró la ranura de recuperación de vault.json).</translation>
    </message>
    <message>
        <source>The recovery key’s first character is out of range.</source>
        <translation>El primer carácter de la clave de recuperación está fuera de rango.</translation>
    </message>
    <message>
        <source>A recovery key is 32 bytes (52 characters).</source>
        <translation>Una clave de recuperación tiene 32 bytes (52 caracteres).</translation>
    </message>
    <message>
        <source>The recovery key: {problem}</source>
        <translation>Clave de recuperación: {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {reasons}</source>
        <translation>Fila {row}: {reasons}</translation>
    </message>
    <message>
        <source>{backup} is not a FieldPartner vault or backup (no vault.json).</source>
        <translation>{backup} no es una bóveda ni una copia de seguridad de FieldPartner (no hay vault.json).</translation>
    </message>
    <message>
        <source>The backup and the place to restore it are the same folder.</source>
        <translation>La copia de seguridad y el lugar donde restaurarla son la misma carpeta.</translation>
    </message>
    <message>
        <source>{target} holds another vault; choose another place to restore this backup.</source>
        <translation>{target} contiene otra bóveda; elija otro lugar para restaurar esta copia de seguridad.</translation>
    </message>
    <message>
        <source>{target} exists and is not a vault; choose another place.</source>
        <translation>{target} existe y no es una bóveda; elija otro lugar.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: device {sender} sent revision {rev} attributed to device {author}; a device may send only revisions it wrote or revisions this vault holds unchanged.</source>
        <translation>{kind} {record_id}: el dispositivo {sender} envió la revisión {rev} atribuida al dispositivo {author}; un dispositivo solo puede enviar revisiones que escribió o que esta bóveda tiene sin cambios.</translation>
    </message>
    <message>
        <source>{kind} {record_id} (revision {rev}): {field} {message}</source>
        <translation>{kind} {record_id} (revisión {rev}): {field} {message}</translation>
    </message>
    <message>
        <source>{where}: revision “{rev}” does not match its content.</source>
        <translation>{where}: la revisión «{rev}» no coincide con su contenido.</translation>
    </message>
    <message>
        <source>{kind} {record_id} (revision {rev}) is not the merge of its parents: {reason}</source>
        <translation>{kind} {record_id} (revisión {rev}) no es la fusión de sus padres: {reason}</translation>
    </message>
    <message>
        <source>{kind} {record_id}: a revision is not in its head’s history.</source>
        <translation>{kind} {record_id}: una revisión no está en el historial de su revisión principal.</translation>
    </message>
    <message>
        <source>{where}: parents must be a sorted list of at most two revisions.</source>
        <translation>{where}: parents debe ser una lista ordenada de dos revisiones como máximo.</translation>
    </message>
    <message>
        <source>{where}: changed_at “{changed_at}” is not a UTC time.</source>
        <translation>{where}: changed_at «{changed_at}» no es una hora UTC.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: revision {rev} appears twice.</source>
        <translation>{kind} {record_id}: la revisión {rev} aparece dos veces.</translation>
    </message>
    <message>
        <source>{id} has been deleted</source>
        <translation>{id} ha sido eliminado</translation>
    </message>
    <message>
        <source>guessable</source>
        <translation>adivinable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>too guessable</source>
        <translation>demasiado fácil de adivinar</translation>
    </message>
    <message>
        <source>very guessable</source>
        <translation>muy fácil de adivinar</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>muy fuerte</translation>
    </message>
    <message>
        <source>Device {device} is revoked; nothing is sent to it.</source>
        <translation>El dispositivo {device} está revocado; no se le envía nada.</translation>
    </message>
    <message>
        <source>{setting}: “{raw}” is not a whole number.</source>
        <translation>{setting}: «{raw}» no es un número entero.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB; split it.</source>
        <translation>{file} supera los {megabytes} MB; divídalo.</translation>
    </message>
    <message>
        <source>Template {template} version {version} in the bundle differs from the one in this vault; a changed template needs a new version.</source>
        <translation>La plantilla {template} versión {version} del paquete difiere de la de esta bóveda; una plantilla modificada necesita una nueva versión.</translation>
    </message>
    <message>
        <source>Template {template} version {version}: device {sender} sent a template this vault does not hold; only HQ publishes or changes organisation templates (give HQ the template file to import).</source>
        <translation>Plantilla {template} versión {version}: el dispositivo {sender} envió una plantilla que esta bóveda no tiene; solo la sede publica o modifica las plantillas de la organización (entregue el archivo de la plantilla a la sede para que lo importe).</translation>
    </message>
    <message>
        <source>{template} version {version} is already in the vault with different content; a changed template needs a new version number.</source>
        <translation>{template} versión {version} ya está en la bóveda con otro contenido; una plantilla modificada necesita un nuevo número de versión.</translation>
    </message>
    <message>
        <source>Template {template} has no tiers, so no tier “{tier}”.</source>
        <translation>La plantilla {template} no tiene niveles, así que no hay nivel «{tier}».</translation>
    </message>
    <message>
        <source>Project “{project}” calls for the {needed} tier; to review it at the {tier} tier, lower the project’s tier and give the reason.</source>
        <translation>El proyecto «{project}» requiere el nivel {needed}; para revisarlo en el nivel {tier}, baje el nivel del proyecto e indique el motivo.</translation>
    </message>
    <message>
        <source>Template {template} needs a tier: one of {tiers}.</source>
        <translation>La plantilla {template} necesita un nivel: uno de {tiers}.</translation>
    </message>
    <message>
        <source>{source}: row {row} has more than {limit} columns.</source>
        <translation>{source}: la fila {row} tiene más de {limit} columnas.</translation>
    </message>
    <message>
        <source>{source}: more than {limit} rows; split the file.</source>
        <translation>{source}: más de {limit} filas; divida el archivo.</translation>
    </message>
    <message>
        <source>{kind} {record_id} has two head revisions.</source>
        <translation>{kind} {record_id} tiene dos revisiones principales.</translation>
    </message>
    <message>
        <source>unknown item id “{item}”</source>
        <translation>identificador de ítem desconocido «{item}»</translation>
    </message>
    <message>
        <source>Item {item} has an unknown type “{type}”.</source>
        <translation>El ítem {item} tiene un tipo desconocido «{type}».</translation>
    </message>
    <message>
        <source>vault.db’s schema is at migration {current}, which this FieldPartner does not know (the vault was opened by a newer version, or it is damaged).</source>
        <translation>El esquema de vault.db está en la migración {current}, que este FieldPartner no conoce (la bóveda la abrió una versión más reciente, o está dañada).</translation>
    </message>
    <message>
        <source>{where}: unknown record kind “{kind}”.</source>
        <translation>{where}: tipo de registro desconocido «{kind}».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not in the vault’s partner; add it in the window</source>
        <translation>{field}: «{value}» no está en el socio de la bóveda; añádalo en la ventana</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new folder for the vault.</source>
        <translation>{path} ya existe; elija una carpeta nueva para la bóveda.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>The new passphrase is {strength} (score {score} of {maximum}, at least {minimum} needed): {detail}</source>
        <translation>La nueva frase de contraseña es {strength} (puntuación {score} de {maximum}, se necesita al menos {minimum}): {detail}</translation>
    </message>
    <message>
        <source>Wipe after {value} wrong passphrases: choose {low} to {high}, or off.</source>
        <translation>Borrar tras {value} frases de contraseña erróneas: elija de {low} a {high}, o desactivado.</translation>
    </message>
    <message>
        <source>Template {template} is answered by {allowed}, not {respondent}.</source>
        <translation>La plantilla {template} la responde {allowed}, no {respondent}.</translation>
    </message>
    <message>
        <source>{source} is not an XLSX file (not a zip archive).</source>
        <translation>{source} no es un archivo XLSX (no es un archivo zip).</translation>
    </message>
    <message>
        <source>{source} unpacks to more than {megabytes} MB; refused.</source>
        <translation>{source} se descomprime en más de {megabytes} MB; rechazado.</translation>
    </message>
    <message>
        <source>{source} is not a readable XLSX workbook ({reason}).</source>
        <translation>{source} no es un libro XLSX legible ({reason}).</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>una plantilla debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>{key!r} needs format_version 2</source>
        <translation>{key!r} requiere format_version 2</translation>
    </message>
    <message>
        <source>{item_type!r} items need format_version 2</source>
        <translation>los elementos {item_type!r} requieren format_version 2</translation>
    </message>
    <message>
        <source>a {template_kind} template never feeds the partner&apos;s risk rating</source>
        <translation>una plantilla {template_kind} nunca alimenta la calificación de riesgo del socio</translation>
    </message>
    <message>
        <source>tiers with up_to amounts need a tier_currency</source>
        <translation>los niveles con importes up_to requieren una tier_currency</translation>
    </message>
    <message>
        <source>the last tier has no upper amount (it covers everything above)</source>
        <translation>el último nivel no tiene importe máximo (cubre todo lo que está por encima)</translation>
    </message>
    <message>
        <source>every tier but the last needs an up_to amount</source>
        <translation>cada nivel salvo el último requiere un importe up_to</translation>
    </message>
    <message>
        <source>up_to amounts must increase from tier to tier</source>
        <translation>los importes up_to deben aumentar de un nivel a otro</translation>
    </message>
    <message>
        <source>a tier_currency without tiers</source>
        <translation>una tier_currency sin niveles</translation>
    </message>
    <message>
        <source>refers to unknown item {item!r}</source>
        <translation>hace referencia al elemento desconocido {item!r}</translation>
    </message>
    <message>
        <source>{item} is a {item_type} item, not a date</source>
        <translation>{item} es un elemento {item_type}, no una fecha</translation>
    </message>
    <message>
        <source>give review_every_months too: it sets the next review when the date is not answered</source>
        <translation>indique también review_every_months: fija la próxima revisión cuando no se responde la fecha</translation>
    </message>
    <message>
        <source>the {language} translation is missing</source>
        <translation>falta la traducción {language}</translation>
    </message>
    <message>
        <source>the {language} translation is empty</source>
        <translation>la traducción {language} está vacía</translation>
    </message>
    <message>
        <source>&apos;overall&apos; is reserved for the overall result</source>
        <translation>&apos;overall&apos; está reservado al resultado global</translation>
    </message>
    <message>
        <source>duplicate id {ident!r} (first used at {first})</source>
        <translation>identificador {ident!r} duplicado (usado antes en {first})</translation>
    </message>
    <message>
        <source>duplicate tier {ident!r}</source>
        <translation>nivel {ident!r} duplicado</translation>
    </message>
    <message>
        <source>level values must be unique</source>
        <translation>los valores de los grados deben ser únicos</translation>
    </message>
    <message>
        <source>levels must be listed lowest first</source>
        <translation>los grados deben listarse del más bajo al más alto</translation>
    </message>
    <message>
        <source>weight {weight} is negative</source>
        <translation>el peso {weight} es negativo</translation>
    </message>
    <message>
        <source>unknown tier {ident!r} (the template declares: {declared})</source>
        <translation>nivel desconocido {ident!r} (la plantilla declara: {declared})</translation>
    </message>
    <message>
        <source>a scored item needs a scale</source>
        <translation>un elemento puntuado requiere una escala</translation>
    </message>
    <message>
        <source>unknown scale {scale!r}</source>
        <translation>escala desconocida {scale!r}</translation>
    </message>
    <message>
        <source>a {item_type} item has no scale (only scored items do)</source>
        <translation>un elemento {item_type} no tiene escala (solo los elementos puntuados la tienen)</translation>
    </message>
    <message>
        <source>only scored items have level descriptors</source>
        <translation>solo los elementos puntuados tienen descriptores de grado</translation>
    </message>
    <message>
        <source>a {item_type} item needs options</source>
        <translation>un elemento {item_type} requiere opciones</translation>
    </message>
    <message>
        <source>duplicate option {value!r}</source>
        <translation>opción {value!r} duplicada</translation>
    </message>
    <message>
        <source>a {item_type} item has no options</source>
        <translation>un elemento {item_type} no tiene opciones</translation>
    </message>
    <message>
        <source>a {item_type} item&apos;s answers carry no {key}</source>
        <translation>las respuestas de un elemento {item_type} no llevan {key}</translation>
    </message>
    <message>
        <source>{answer!r} is not an answer of this item ({answers})</source>
        <translation>{answer!r} no es una respuesta de este elemento ({answers})</translation>
    </message>
    <message>
        <source>a key item must be scored, but this {item_type} item&apos;s answers carry no points or risk</source>
        <translation>un elemento clave debe puntuarse, pero las respuestas de este elemento {item_type} no llevan puntos ni riesgo</translation>
    </message>
    <message>
        <source>risk bands apply to number and computed items, not {item_type}</source>
        <translation>los tramos de riesgo se aplican a elementos numéricos y calculados, no {item_type}</translation>
    </message>
    <message>
        <source>bands must start in increasing order</source>
        <translation>los tramos deben empezar en orden creciente</translation>
    </message>
    <message>
        <source>this template is answered by {answered_by}, so an item for {asked} would never be asked</source>
        <translation>esta plantilla la responde {answered_by}, así que un elemento para {asked} nunca se preguntaría</translation>
    </message>
    <message>
        <source>min, max and unit apply to number items, not {item_type}</source>
        <translation>min, max y unit se aplican a elementos numéricos, no {item_type}</translation>
    </message>
    <message>
        <source>max {high} is below min {low}</source>
        <translation>max {high} es menor que min {low}</translation>
    </message>
    <message>
        <source>a computed item needs compute (actions or ratio)</source>
        <translation>un elemento calculado requiere compute (actions o ratio)</translation>
    </message>
    <message>
        <source>a {item_type} item is answered, not computed</source>
        <translation>un elemento {item_type} se responde, no se calcula</translation>
    </message>
    <message>
        <source>a computed item is never answered by hand</source>
        <translation>un elemento calculado nunca se responde a mano</translation>
    </message>
    <message>
        <source>a ratio needs exactly one of section, items</source>
        <translation>un ratio requiere exactamente uno de section, items</translation>
    </message>
    <message>
        <source>unknown section {section!r}</source>
        <translation>sección desconocida {section!r}</translation>
    </message>
    <message>
        <source>unknown item {item!r}</source>
        <translation>elemento desconocido {item!r}</translation>
    </message>
    <message>
        <source>a ratio cannot count itself</source>
        <translation>un ratio no puede contarse a sí mismo</translation>
    </message>
    <message>
        <source>{value!r} is reserved for an answer state</source>
        <translation>{value!r} está reservado a un estado de respuesta</translation>
    </message>
    <message>
        <source>unknown tier {ident!r}</source>
        <translation>nivel desconocido {ident!r}</translation>
    </message>
    <message>
        <source>the scale has no level {level}</source>
        <translation>la escala no tiene el grado {level}</translation>
    </message>
    <message>
        <source>no descriptor for level {levels} (give one in the scale or in the item&apos;s descriptors)</source>
        <translation>ningún descriptor para el grado {levels} (indique uno en la escala o en los descriptores del elemento)</translation>
    </message>
    <message>
        <source>{key} is used only by the {method} method</source>
        <translation>{key} solo lo usa el método {method}</translation>
    </message>
    <message>
        <source>the {method} method gives no score to band</source>
        <translation>el método {method} no da puntuación que repartir en tramos</translation>
    </message>
    <message>
        <source>there are no sections directly below to combine</source>
        <translation>no hay secciones directamente debajo que combinar</translation>
    </message>
    <message>
        <source>the {method} method adds up items; over sections use weighted_mean or highest_risk</source>
        <translation>el método {method} suma elementos; sobre secciones use weighted_mean o highest_risk</translation>
    </message>
    <message>
        <source>section {section!r} ({method}) has no score to average</source>
        <translation>la sección {section!r} ({method}) no tiene puntuación que promediar</translation>
    </message>
    <message>
        <source>no item here scores points for {method}</source>
        <translation>ningún elemento aquí da puntos para {method}</translation>
    </message>
    <message>
        <source>no item here maps its answers to a risk</source>
        <translation>ningún elemento aquí asocia sus respuestas a un riesgo</translation>
    </message>
    <message>
        <source>no item here has answers to count</source>
        <translation>ningún elemento aquí tiene respuestas que contar</translation>
    </message>
    <message>
        <source>no item here can be answered {value!r}</source>
        <translation>ningún elemento aquí puede responderse {value!r}</translation>
    </message>
    <message>
        <source>a risk scoring&apos;s bands give a rating, not a level</source>
        <translation>los tramos de una puntuación de riesgo dan una calificación, no un grado</translation>
    </message>
    <message>
        <source>a band needs a rating</source>
        <translation>un tramo requiere una calificación</translation>
    </message>
    <message>
        <source>a {vocabulary} scoring&apos;s bands give a level ({levels}), not a risk rating</source>
        <translation>los tramos de una puntuación {vocabulary} dan un grado ({levels}), no una calificación de riesgo</translation>
    </message>
    <message>
        <source>a band needs a level ({levels})</source>
        <translation>un tramo requiere un grado ({levels})</translation>
    </message>
    <message>
        <source>{level!r} is not a {vocabulary} level ({levels})</source>
        <translation>{level!r} no es un grado {vocabulary} ({levels})</translation>
    </message>
    <message>
        <source>duplicate result id {ident!r} (&apos;overall&apos; is reserved)</source>
        <translation>identificador de resultado {ident!r} duplicado (&apos;overall&apos; está reservado)</translation>
    </message>
    <message>
        <source>the {method} method gives no score for {vocabulary} bands</source>
        <translation>el método {method} no da puntuación para tramos {vocabulary}</translation>
    </message>
    <message>
        <source>a band needs exactly one of from, from_fraction</source>
        <translation>un tramo requiere exactamente uno de from, from_fraction</translation>
    </message>
    <message>
        <source>bands must start in increasing order ({value} follows {previous})</source>
        <translation>los tramos deben empezar en orden creciente ({value} sigue a {previous})</translation>
    </message>
    <message>
        <source>use either from or from_fraction in all bands, not both</source>
        <translation>use from o from_fraction en todos los tramos, no ambos</translation>
    </message>
    <message>
        <source>bands do not cover the range: scores below {start:g} of the range get no rating (start the first band at 0)</source>
        <translation>los tramos no cubren el rango: las puntuaciones por debajo de {start:g} del rango no reciben calificación (empiece el primer tramo en 0)</translation>
    </message>
    <message>
        <source>bands do not cover the range: scores can be as low as {low:g} but the first band starts at {start:g}</source>
        <translation>los tramos no cubren el rango: las puntuaciones pueden bajar hasta {low:g} pero el primer tramo empieza en {start:g}</translation>
    </message>
    <message>
        <source>band starting at {start:g} can never be reached; the highest possible score is {high:g}</source>
        <translation>el tramo que empieza en {start:g} nunca puede alcanzarse; la puntuación más alta posible es {high:g}</translation>
    </message>
    <message>
        <source>duplicate rule id {ident!r}</source>
        <translation>identificador de regla {ident!r} duplicado</translation>
    </message>
    <message>
        <source>&apos;result&apos; needs format_version 2</source>
        <translation>&apos;result&apos; requiere format_version 2</translation>
    </message>
    <message>
        <source>refers to unknown result {result!r}</source>
        <translation>hace referencia al resultado desconocido {result!r}</translation>
    </message>
    <message>
        <source>a risk rule needs a rating (or level), a decision or both</source>
        <translation>una regla de riesgo requiere una calificación (o un grado), una decisión o ambas</translation>
    </message>
    <message>
        <source>result {result} gives levels ({levels}), not risk ratings</source>
        <translation>el resultado {result} da grados ({levels}), no calificaciones de riesgo</translation>
    </message>
    <message>
        <source>{level!r} is not a level of {result} ({levels})</source>
        <translation>{level!r} no es un grado de {result} ({levels})</translation>
    </message>
    <message>
        <source>result {result} gives risk ratings, not levels</source>
        <translation>el resultado {result} da calificaciones de riesgo, no grados</translation>
    </message>
    <message>
        <source>applicability depends on itself: {cycle}</source>
        <translation>la aplicabilidad depende de sí misma: {cycle}</translation>
    </message>
    <message>
        <source>an expression must be a non-empty object</source>
        <translation>una expresión debe ser un objeto no vacío</translation>
    </message>
    <message>
        <source>unknown expression key {key!r}</source>
        <translation>clave de expresión desconocida {key!r}</translation>
    </message>
    <message>
        <source>an expression needs exactly one of {terms} (found {found})</source>
        <translation>una expresión requiere exactamente uno de {terms} (encontrados: {found})</translation>
    </message>
    <message>
        <source>an expression needs exactly one of {terms} (found none)</source>
        <translation>una expresión requiere exactamente uno de {terms} (no se encontró ninguno)</translation>
    </message>
    <message>
        <source>{key!r} is not used with {term!r}</source>
        <translation>{key!r} no se usa con {term!r}</translation>
    </message>
    <message>
        <source>{term!r} can only be used in risk rules</source>
        <translation>{term!r} solo puede usarse en las reglas de riesgo</translation>
    </message>
    <message>
        <source>must be a non-empty list of expressions</source>
        <translation>debe ser una lista no vacía de expresiones</translation>
    </message>
    <message>
        <source>must be a non-empty list of tier ids</source>
        <translation>debe ser una lista no vacía de identificadores de nivel</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>debe ser true</translation>
    </message>
    <message>
        <source>a project_amount test needs one of gte, gt, lte, lt</source>
        <translation>una prueba project_amount requiere uno de gte, gt, lte, lt</translation>
    </message>
    <message>
        <source>must be a non-empty list of levels</source>
        <translation>debe ser una lista no vacía de grados</translation>
    </message>
    <message>
        <source>{value!r} is not a word of {result} ({levels})</source>
        <translation>{value!r} no es un grado de {result} ({levels})</translation>
    </message>
    <message>
        <source>a score test needs one of gte, gt, lte, lt</source>
        <translation>una prueba de puntuación requiere uno de gte, gt, lte, lt</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>an answer test needs one of {tests}</source>
        <translation>una prueba de respuesta requiere uno de {tests}</translation>
    </message>
    <message>
        <source>{item} can never be answered {value!r} ({answers})</source>
        <translation>{item} nunca puede tener la respuesta {value!r} ({answers})</translation>
    </message>
    <message>
        <source>{item} has no numeric answer to compare with {op}</source>
        <translation>{item} no tiene respuesta numérica que comparar con {op}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a non-empty list of answers</source>
        <translation>debe ser una lista no vacía de respuestas</translation>
    </message>
    <message>
        <source>answers must be text or numbers</source>
        <translation>las respuestas deben ser textos o números</translation>
    </message>
    <message>
        <source>must be a non-empty list of ratings ({ratings})</source>
        <translation>debe ser una lista no vacía de calificaciones ({ratings})</translation>
    </message>
    <message>
        <source>{value!r} is not a rating</source>
        <translation>{value!r} no es una calificación</translation>
    </message>
    <message>
        <source>refers to unknown section {section!r} (or use &apos;overall&apos;)</source>
        <translation>hace referencia a la sección desconocida {section!r} (o use &apos;overall&apos;)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
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
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historia:</translation>
    </message>
    <message>
        <source>&amp;Governance:</source>
        <translation>&amp;Gobernanza:</translation>
    </message>
    <message>
        <source>&amp;Local anchoring:</source>
        <translation>&amp;Arraigo local:</translation>
    </message>
    <message>
        <source>A&amp;ffiliations:</source>
        <translation>Afi&amp;liaciones:</translation>
    </message>
    <message>
        <source>Partnership c&amp;ategory:</source>
        <translation>Categoría de la alian&amp;za:</translation>
    </message>
    <message>
        <source>Mo&amp;dality:</source>
        <translation>Mo&amp;dalidad:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Exit criteria:</source>
        <translation>&amp;Criterios de salida:</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>Responsa&amp;ble de la relación:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>Sens&amp;ibilidad:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. detention, women&apos;s rights</source>
        <translation>Separadas por comas, p. ej. detención, derechos de las mujeres</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No guardado: {problem}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of section scores</source>
        <translation>Gráfico de radar de las puntuaciones por sección</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Afiliaciones</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Assessment kind</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Back donor</source>
        <translation>Donante de origen</translation>
    </message>
    <message>
        <source>Template content</source>
        <translation>Contenido de la plantilla</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de convocatoria</translation>
    </message>
    <message>
        <source>Partnership category</source>
        <translation>Categoría de la alianza</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Co-design input</source>
        <translation>Aportes al codiseño</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Contact: address</source>
        <translation>Contacto: dirección</translation>
    </message>
    <message>
        <source>Contact: email</source>
        <translation>Contacto: correo electrónico</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>Contacto: nombre</translation>
    </message>
    <message>
        <source>Contact: notes</source>
        <translation>Contacto: notas</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contacto: teléfono</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Contacto: cargo</translation>
    </message>
    <message>
        <source>Contact: Signal</source>
        <translation>Contacto: Signal</translation>
    </message>
    <message>
        <source>Contact: Telegram</source>
        <translation>Contacto: Telegram</translation>
    </message>
    <message>
        <source>Contact: WhatsApp</source>
        <translation>Contacto: WhatsApp</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Fecha de realización</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Due-diligence tier</source>
        <translation>Nivel de diligencia debida</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota de evidencia</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Criterios de salida</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalizada el</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Local anchoring</source>
        <translation>Arraigo local</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Template origin</source>
        <translation>Origen de la plantilla</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Recommended decision</source>
        <translation>Decisión recomendada</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsable de la relación</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Quién responde</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
    <message>
        <source>Workshop reviewed</source>
        <translation>Taller revisado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Report kind</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Huella del archivo (SHA-256)</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Versión de la plantilla</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>Motivo de la rescisión</translation>
    </message>
    <message>
        <source>Reason for a lower tier</source>
        <translation>Motivo de un nivel inferior</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>No se pudo leer: {reason}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>&lt;h2&gt;Your recovery key&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Su clave de recuperación&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way to open the vault. Write it down now and keep it apart from this computer. It will not be shown again.</source>
        <translation>Si olvida la frase de contraseña, esta clave es la única forma de abrir la bóveda. Anótela ahora y guárdela lejos de esta computadora. No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>The requested group of the recovery key</source>
        <translation>El grupo solicitado de la clave de recuperación</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>He anotado la clave de recuperación</translation>
    </message>
    <message>
        <source>Also type the requested group of the key above, from what you wrote.</source>
        <translation>Escriba también arriba el grupo solicitado de la clave, a partir de lo que anotó.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue to the vault</source>
        <translation>Continuar a la bóveda</translation>
    </message>
    <message>
        <source>From what you wrote down (not from the screen), type group {number} of {count} of the key:</source>
        <translation>A partir de lo que anotó (no de la pantalla), escriba el grupo {number} de {count} de la clave:</translation>
    </message>
    <message>
        <source>The key was not printed: choose a printer, not a file.</source>
        <translation>La clave no se imprimió: elija una impresora, no un archivo.</translation>
    </message>
    <message>
        <source>FieldPartner recovery key</source>
        <translation>Clave de recuperación de FieldPartner</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Bóveda: {name}</translation>
    </message>
    <message>
        <source>Printed: {when}</source>
        <translation>Impreso: {when}</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep this sheet apart from the computer, somewhere safe, and destroy it if the vault is wiped.</source>
        <translation>Cualquier persona que tenga esta clave puede abrir la bóveda. Guarde esta hoja lejos de la computadora, en un lugar seguro, y destrúyala si se hace un borrado de emergencia de la bóveda.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Abrir con la clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or printed when the vault was created (13 groups of 4 characters), then choose a new passphrase. The forgotten passphrase stops working.</source>
        <translation>Escriba la clave de recuperación que anotó o imprimió al crear la bóveda (13 grupos de 4 caracteres) y elija una nueva frase de contraseña. La frase olvidada deja de funcionar.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>Bóveda:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Abriendo la bóveda</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key</source>
        <translation>Abrir la bóveda con la clave de recuperación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Group {number} ({group}) contains “{char}”, which is not in a recovery key. Keys use the digits and the letters A–Z without I, L, O and U.</source>
        <translation>El grupo {number} ({group}) contiene «{char}», que no existe en una clave de recuperación. Las claves usan los dígitos y las letras A–Z sin I, L, O ni U.</translation>
    </message>
    <message>
        <source>Group {number} ({group}) has {count} characters; each group has {size}.</source>
        <translation>El grupo {number} ({group}) tiene {count} caracteres; cada grupo tiene {size}.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abriendo la bóveda…</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Compare each group with the paper, one by one (0 and O, 1 and I or L are read alike). Nothing was changed.</source>
        <translation>Esta clave de recuperación no abre esta bóveda. Compare cada grupo con el papel, uno por uno (0 y O, 1 e I o L se leen igual). No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>No se cambió nada: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>Marking on every page</source>
        <translation>Marca en cada página</translation>
    </message>
    <message>
        <source>Printed at the top and foot of every page; may be empty.</source>
        <translation>Se imprime en la parte superior e inferior de cada página; puede quedar vacía.</translation>
    </message>
    <message>
        <source>Only the latest assessment of each kind</source>
        <translation>Solo la última evaluación de cada tipo</translation>
    </message>
    <message>
        <source>Full reports of the latest assessment of each kind and of the latest workshop only. Otherwise the dossier has every assessment (drafts marked as drafts) and every workshop.</source>
        <translation>Informes completos solo de la última evaluación de cada tipo y del último taller. De lo contrario, el expediente incluye todas las evaluaciones (los borradores, marcados como tales) y todos los talleres.</translation>
    </message>
    <message>
        <source>Keep location and camera details in photos</source>
        <translation>Conservar la ubicación y la cámara en las fotos</translation>
    </message>
    <message>
        <source>Off: photos and the logo go into the report without their GPS position, camera and time taken. A report leaves the vault&apos;s protection.</source>
        <translation>Desactivado: las fotos y el logotipo entran en el informe sin su posición GPS, su cámara ni la hora en que se tomaron. Un informe sale de la protección de la bóveda.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Generar el informe</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>Marca:</translation>
    </message>
    <message>
        <source>Press Generate to see the report.</source>
        <translation>Pulse «Generar» para ver el informe.</translation>
    </message>
    <message>
        <source>Protect the saved PDF with a password</source>
        <translation>Proteger el PDF guardado con una contraseña</translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Guardar el informe como archivo PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Cerrar el informe</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s).</source>
        <translation>
            <numerusform>%Ln página.</numerusform>
            <numerusform>%Ln páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no report was kept.</source>
        <translation>Cancelado: no se conservó ningún informe.</translation>
    </message>
    <message>
        <source>The report was not made: {reason}</source>
        <translation>No se generó el informe: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %Ln página a la impresora.</numerusform>
            <numerusform>Se enviaron %Ln páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>No impreso: {reason}</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimiendo el informe…</translation>
    </message>
    <message>
        <source>Save outside the vault?</source>
        <translation>¿Guardar fuera de la bóveda?</translation>
    </message>
    <message>
        <source>The PDF will be a copy outside the vault&apos;s encryption: anyone who gets the file can read it unless you protect it with a password. Keep it safe and delete it when it is no longer needed.</source>
        <translation>El PDF será una copia fuera del cifrado de la bóveda: cualquier persona que obtenga el archivo podrá leerlo, a menos que lo proteja con una contraseña. Guárdelo en un lugar seguro y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enter a password for the PDF, or untick the box.</source>
        <translation>Introduzca una contraseña para el PDF o desmarque la casilla.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Guardado: {file}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup and where the vault goes. If a vault is already there, it is kept under another name, not deleted.</source>
        <translation>Elija la copia de seguridad y dónde va la bóveda. Si ya hay una bóveda allí, se conserva con otro nombre, no se borra.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elegir la copia de seguridad</translation>
    </message>
    <message>
        <source>Where the vault goes</source>
        <translation>Dónde va la bóveda</translation>
    </message>
    <message>
        <source>Choose where the vault goes</source>
        <translation>Elegir dónde va la bóveda</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Copia de seguridad:</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Restaurar &amp;en:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <source>{folder} is not a FieldPartner backup.</source>
        <translation>{folder} no es una copia de seguridad de FieldPartner.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Nothing was changed.</source>
        <translation>La frase de contraseña no abre esta copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>No se cambió nada: {reason}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Section results</source>
        <translation>Resultados por sección</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Compared with the previous assessment</source>
        <translation>Comparación con la evaluación anterior</translation>
    </message>
    <message>
        <source>Comparison with the previous assessment</source>
        <translation>Comparación con la evaluación anterior</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Self-assessment and assessor</source>
        <translation>Autoevaluación y evaluador</translation>
    </message>
    <message>
        <source>Self-assessment beside the assessor&apos;s view</source>
        <translation>Autoevaluación junto a la valoración del evaluador</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Gaps and proposed actions</source>
        <translation>Brechas y acciones propuestas</translation>
    </message>
    <message>
        <source>Proposed actions</source>
        <translation>Acciones propuestas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Propose actions for gaps</source>
        <translation>Proponer acciones para las brechas</translation>
    </message>
    <message>
        <source>Drop selected</source>
        <translation>Descartar seleccionadas</translation>
    </message>
    <message>
        <source>Drop the selected proposed actions</source>
        <translation>Descartar las acciones propuestas seleccionadas</translation>
    </message>
    <message>
        <source>Accept into plan</source>
        <translation>Aceptar en el plan</translation>
    </message>
    <message>
        <source>Accept the selected proposed actions into the development plan</source>
        <translation>Aceptar las acciones propuestas seleccionadas en el plan de desarrollo</translation>
    </message>
    <message>
        <source>Computing results…</source>
        <translation>Calculando resultados…</translation>
    </message>
    <message>
        <source>Overall rating: {rating}</source>
        <translation>Calificación general: {rating}</translation>
    </message>
    <message>
        <source>No overall rating yet: too few questions answered ({percent}%)</source>
        <translation>Aún no hay calificación general: muy pocas preguntas respondidas ({percent} %)</translation>
    </message>
    <message>
        <source>No overall rating</source>
        <translation>Sin calificación general</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <source>draft: results change as you answer</source>
        <translation>borrador: los resultados cambian a medida que responde</translation>
    </message>
    <message>
        <source>Recommended decision: {decision} · {percent}% answered · {status}</source>
        <translation>Decisión recomendada: {decision} · {percent} % respondido · {status}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{result} set to {value} by {by}: {why}</source>
        <translation>{result} fijado en {value} por {by}: {why}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Esta evaluación</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous assessment of {date}: rating {before} → {after}; {closed} gap(s) closed, {new} new, {remaining} remaining.</source>
        <translation>Evaluación anterior del {date}: calificación {before} → {after}; brechas: {closed} cerrada(s), {new} nueva(s), {remaining} pendiente(s).</translation>
    </message>
    <message>
        <source>The partner and the assessor gave the same answer to {percent}% of the questions both answered.</source>
        <translation>La organización socia y el evaluador dieron la misma respuesta en el {percent} % de las preguntas que ambos respondieron.</translation>
    </message>
    <message>
        <source>{gaps} gap(s) found; {uncovered} without an action yet.</source>
        <translation>{gaps} brecha(s) encontrada(s); {uncovered} aún sin acción.</translation>
    </message>
    <message>
        <source>Due date of {title}</source>
        <translation>Fecha límite de {title}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) proposed</source>
        <translation>
            <numerusform>%Ln acción propuesta</numerusform>
            <numerusform>%Ln acciones propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) added to the plan</source>
        <translation>
            <numerusform>%Ln acción añadida al plan</numerusform>
            <numerusform>%Ln acciones añadidas al plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed action(s) dropped</source>
        <translation>
            <numerusform>%Ln acción propuesta descartada</numerusform>
            <numerusform>%Ln acciones propuestas descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;Choose earlier workshop…</source>
        <translation>&amp;Elegir un taller anterior…</translation>
    </message>
    <message>
        <source>Choose the earlier workshop to review</source>
        <translation>Elegir el taller anterior que se va a revisar</translation>
    </message>
    <message>
        <source>&amp;Stop reviewing</source>
        <translation>&amp;Dejar de revisar</translation>
    </message>
    <message>
        <source>Stop reviewing the earlier plan</source>
        <translation>Dejar de revisar el plan anterior</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>%v of %m reviewed</source>
        <translation>%v de %m revisadas</translation>
    </message>
    <message>
        <source>Actions of the earlier plan</source>
        <translation>Acciones del plan anterior</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous action</source>
        <translation>Acción anterior</translation>
    </message>
    <message>
        <source>&amp;Record and next</source>
        <translation>&amp;Registrar y siguiente</translation>
    </message>
    <message>
        <source>Record this review and go to the next</source>
        <translation>Registrar esta revisión y pasar a la siguiente</translation>
    </message>
    <message>
        <source>This workshop reviews the plan of “{title}”.</source>
        <translation>Este taller revisa el plan de «{title}».</translation>
    </message>
    <message>
        <source>Choose an earlier workshop to review its follow-up plan here.</source>
        <translation>Elija un taller anterior para revisar aquí su plan de seguimiento.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Socio: {name}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable: {name}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Fecha límite: {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Earlier reviews:</source>
        <translation>Revisiones anteriores:</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke device {device}?</source>
        <translation>¿Revocar el dispositivo {device}?</translation>
    </message>
    <message>
        <source>Revoke a device that is lost, seized or no longer used. From now on every bundle from it is refused, including changes made on it that have not reached HQ yet, and HQ sends it nothing more. The device itself is not wiped. This cannot be undone here.</source>
        <translation>Revoque un dispositivo perdido, incautado o que ya no se usa. A partir de ahora se rechaza todo paquete que proceda de él, incluidos los cambios hechos en él que aún no hayan llegado a la sede, y la sede no le envía nada más. El dispositivo en sí no se borra. Esta acción no se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Huella: {fingerprint}</translation>
    </message>
    <message>
        <source>Type the device&apos;s short id, {device}, to confirm:</source>
        <translation>Escriba el identificador corto del dispositivo, {device}, para confirmar:</translation>
    </message>
    <message>
        <source>The device&apos;s short id, to confirm</source>
        <translation>Identificador corto del dispositivo, para confirmar</translation>
    </message>
    <message>
        <source>&amp;Revoke device</source>
        <translation>&amp;Revocar el dispositivo</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Revocar el dispositivo</translation>
    </message>
    <message>
        <source>Keep the device</source>
        <translation>Conservar el dispositivo</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>programme officer</source>
        <translation>responsable de programa</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Your role in HQ&apos;s database ({role}) does not allow this</source>
        <translation>Su función en la base de datos de la sede ({role}) no lo permite</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Changing the security settings</source>
        <translation>Cambiando los ajustes de seguridad</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Bloquear tras un tiempo sin uso de:</translation>
    </message>
    <message>
        <source>Wipe the vault after</source>
        <translation>Borrar la bóveda tras</translation>
    </message>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Borrar la bóveda tras frases de contraseña erróneas</translation>
    </message>
    <message>
        <source>Wrong passphrases in a row before the wipe</source>
        <translation>Frases de contraseña erróneas seguidas antes del borrado</translation>
    </message>
    <message>
        <source>wrong passphrases in a row</source>
        <translation>frases de contraseña erróneas seguidas</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>Use a duress passphrase</source>
        <translation>Usar una frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>Typed instead of the passphrase, the duress passphrase destroys this vault without a word and opens a small harmless vault in its place. A copy of the disk taken before it is typed still holds the real vault.</source>
        <translation>Escrita en lugar de la frase de contraseña, la frase de coacción destruye esta bóveda sin aviso y abre en su lugar una pequeña bóveda inofensiva. Una copia del disco tomada antes de escribirla sigue conteniendo la bóveda real.</translation>
    </message>
    <message>
        <source>New duress passphrase</source>
        <translation>Nueva frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Repita la frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>D&amp;uress passphrase:</source>
        <translation>Frase de &amp;coacción:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>Remember recent vaults on this computer</source>
        <translation>Recordar las bóvedas recientes en esta computadora</translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation>Recordar las bóvedas recientes</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase, to change these</source>
        <translation>La frase de contraseña de la bóveda, para cambiarlos</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <source>Changing a security setting needs the vault&apos;s passphrase again.</source>
        <translation>Cambiar un ajuste de seguridad requiere de nuevo la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>HQ&apos;s database is protected by its server (access, backups, encryption: see the operator&apos;s guide). Locking after no use, wiping and a duress passphrase are for a vault on this computer.</source>
        <translation>La base de datos de la sede está protegida por su servidor (acceso, copias de seguridad, cifrado: vea la guía del operador). El bloqueo tras inactividad, el borrado y la frase de contraseña de coacción son para una bóveda en este ordenador.</translation>
    </message>
    <message>
        <source>Only for a vault on this computer, not HQ&apos;s database</source>
        <translation>Solo para una bóveda en este ordenador, no para la base de datos de la sede</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase to change the security settings.</source>
        <translation>Escriba la frase de contraseña de la bóveda para cambiar los ajustes de seguridad.</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Escriba dos veces la frase de contraseña de coacción.</translation>
    </message>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Las dos frases de contraseña de coacción no coinciden.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try. Nothing was changed.</source>
        <translation>Demasiadas frases de contraseña erróneas seguidas ({n}). Espere {seconds} segundos antes del próximo intento. No se cambió nada.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. Nothing was changed.</source>
        <translation>Esa no es la frase de contraseña de la bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>The security settings were not changed: {reason}</source>
        <translation>Los ajustes de seguridad no se cambiaron: {reason}</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A new language applies at once; what you are typing is saved first.</source>
        <translation>Un nuevo idioma se aplica de inmediato; lo que esté escribiendo se guarda antes.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>This vault does not belong to an organisation yet. Sync moves data between the field and headquarters as encrypted bundle files, on a USB stick or as an attachment.

Field officer: join your organisation with the profile file HQ gave you and HQ&apos;s fingerprint, which HQ reads to you over the phone.

Headquarters: set up this vault as the organisation&apos;s HQ once; you then hand the profile file to every field officer.</source>
        <translation>Esta bóveda todavía no pertenece a ninguna organización. La sincronización traslada los datos entre el terreno y la sede como archivos de paquete cifrados, en una memoria USB o como archivo adjunto.

Personal de terreno: únase a su organización con el archivo de perfil que le dio la sede y la huella de la sede, que la sede le lee por teléfono.

Sede: configure esta bóveda como sede de la organización una sola vez; después, entregue el archivo de perfil a cada persona de terreno.</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Unirse a una organización…</translation>
    </message>
    <message>
        <source>Join an organisation with HQ&apos;s profile file</source>
        <translation>Unirse a una organización con el archivo de perfil de la sede</translation>
    </message>
    <message>
        <source>Set up this vault as &amp;HQ…</source>
        <translation>Configurar esta bóveda como &amp;sede…</translation>
    </message>
    <message>
        <source>Set up this vault as the organisation&apos;s HQ</source>
        <translation>Configurar esta bóveda como sede de la organización</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ShowPassphrase</name>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show the passphrase as text</source>
        <translation>Mostrar la frase de contraseña como texto</translation>
    </message>
</context>
<context>
    <name>StaleNotice</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Show the record as it is now</source>
        <translation>Mostrar el registro tal como está ahora</translation>
    </message>
    <message>
        <source>Replace what you typed with the record as it is now, then edit again</source>
        <translation>Sustituir lo que escribió por el registro tal como está ahora y volver a editarlo</translation>
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
        <translation>&lt;h2&gt;Abrir una bóveda&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation>Bóvedas recientes:</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Bóvedas recientes</translation>
    </message>
    <message>
        <source>Remember recent vaults on this computer</source>
        <translation>Recordar las bóvedas recientes en esta computadora</translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation>Recordar las bóvedas recientes</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Clear the list of recent vaults</source>
        <translation>Vaciar la lista de bóvedas recientes</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Folder ending in .fpvault</source>
        <translation>Carpeta terminada en .fpvault</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Elegir la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>&amp;Bóveda:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Crear una bóveda nueva…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <source>Problem report…</source>
        <translation>Informe de problemas…</translation>
    </message>
    <message>
        <source>What went wrong recently, to copy for whoever supports FieldPartner</source>
        <translation>Lo que ha fallado recientemente, para copiarlo a quien da soporte a FieldPartner</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create a new vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Crear una bóveda nueva&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted in the vault. Without the passphrase or the recovery key, nobody can open it, including you.</source>
        <translation>Todo lo que registre se guarda cifrado en la bóveda. Sin la frase de contraseña o la clave de recuperación, nadie puede abrirla, ni siquiera usted.</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nombre de la bóveda</translation>
    </message>
    <message>
        <source>e.g. Field 2026</source>
        <translation>p. ej. Terreno 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Carpeta para la nueva bóveda</translation>
    </message>
    <message>
        <source>Choose where to create</source>
        <translation>Elegir dónde crearla</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Will be created as:</source>
        <translation>Se creará como:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>Type the words to accept a weak passphrase</source>
        <translation>Escriba las palabras para aceptar una frase de contraseña débil</translation>
    </message>
    <message>
        <source>&amp;Accept:</source>
        <translation>&amp;Aceptar:</translation>
    </message>
    <message>
        <source>Use at least {n} characters; a few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation>Use al menos {n} caracteres; unas cuantas palabras sin relación entre sí forman una frase de contraseña larga y fácil de recordar.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creación de la bóveda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to opening a vault</source>
        <translation>Volver a abrir una bóveda</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <source>I accept a weak passphrase</source>
        <translation>Acepto una frase de contraseña débil</translation>
    </message>
    <message>
        <source>Choose where to create the vault</source>
        <translation>Elegir dónde crear la bóveda</translation>
    </message>
    <message>
        <source>You can try the passphrase again now.</source>
        <translation>Ya puede volver a probar la frase de contraseña.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try.</source>
        <translation>Demasiadas frases de contraseña erróneas seguidas ({n}). Espere {seconds} segundos antes del próximo intento.</translation>
    </message>
    <message>
        <source>Choose the vault folder.</source>
        <translation>Elija la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>This folder is not a FieldPartner vault (it has no vault.json).</source>
        <translation>Esta carpeta no es una bóveda de FieldPartner (no contiene vault.json).</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That was wrong passphrase {n} in a row. As this vault&apos;s security settings ask, the vault has been wiped: it can no longer be opened, with any passphrase or the recovery key.</source>
        <translation>Era la frase de contraseña errónea número {n} seguida. Como piden los ajustes de seguridad de esta bóveda, se ha borrado: ya no puede abrirse con ninguna frase de contraseña ni con la clave de recuperación.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try; this try was not checked.</source>
        <translation>Demasiadas frases de contraseña erróneas seguidas ({n}). Espere {seconds} segundos antes del próximo intento; este intento no se comprobó.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation>La frase de contraseña no abre esta bóveda.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: {reason}</source>
        <translation>No se puede abrir la bóveda: {reason}</translation>
    </message>
    <message>
        <source>This passphrase is weak: someone who gets the laptop could guess it. {advice} To use it anyway, type “{words}” below.</source>
        <translation>Esta frase de contraseña es débil: quien obtenga el portátil podría adivinarla. {advice} Para usarla de todos modos, escriba «{words}» abajo.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <source>The vault was not created: {reason}</source>
        <translation>No se creó la bóveda: {reason}</translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery key…</source>
        <translation>¿La olvidó? Use la clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key and choose a new passphrase</source>
        <translation>Abrir la bóveda con la clave de recuperación y elegir una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Put a backup made with File, Back up, back as a vault</source>
        <translation>Volver a convertir en bóveda una copia hecha con Archivo, Copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the vault folder first, then use its recovery key.</source>
        <translation>Elija primero la carpeta de la bóveda y luego use su clave de recuperación.</translation>
    </message>
    <message>
        <source>The backup is restored. Unlock it with its passphrase.</source>
        <translation>La copia de seguridad está restaurada. Desbloquéela con su frase de contraseña.</translation>
    </message>
    <message>
        <source>The vault that was there is kept as {folder}.</source>
        <translation>La bóveda que había allí se conserva como {folder}.</translation>
    </message>
</context>
<context>
    <name>StartingTab</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncBatch</name>
    <message>
        <source>Already imported; nothing changed.</source>
        <translation>Ya importado; no cambió nada.</translation>
    </message>
    <message>
        <source>Not imported: you did not enrol the device that sent it.</source>
        <translation>No importado: usted no registró el dispositivo que lo envió.</translation>
    </message>
    <message>
        <source>The same bundle as {file}; imported once.</source>
        <translation>El mismo paquete que {file}; se importó una sola vez.</translation>
    </message>
    <message>
        <source>Not imported: cancelled.</source>
        <translation>No importado: cancelado.</translation>
    </message>
    <message>
        <source>Not imported: the file changed after the preview. Import it again.</source>
        <translation>No importado: el archivo cambió después de la vista previa. Vuelva a importarlo.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Informes previstos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Workshop participants</source>
        <translation>Participantes de talleres</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo(s)</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado(s)</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado(s)</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>ya al día</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>field device</source>
        <translation>dispositivo de terreno</translation>
    </message>
    <message>
        <source>Device {id}</source>
        <translation>Dispositivo {id}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This vault&apos;s fingerprint</source>
        <translation>Huella de esta bóveda</translation>
    </message>
    <message>
        <source>Read this to the other side over the phone: HQ checks it when your first bundle arrives.</source>
        <translation>Léala a la otra parte por teléfono: la sede la comprueba cuando llega su primer paquete.</translation>
    </message>
    <message>
        <source>Reading the sync settings…</source>
        <translation>Leyendo la configuración de sincronización…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint:</source>
        <translation>Huella de esta bóveda:</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>Todavía sin organización</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organización: {name}</translation>
    </message>
    <message>
        <source>This vault is HQ</source>
        <translation>Esta bóveda es la sede</translation>
    </message>
    <message>
        <source>This vault is field device {id}</source>
        <translation>Esta bóveda es el dispositivo de terreno {id}</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Enviar y recibir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Joined {name}. Read this vault&apos;s fingerprint (above) to HQ: HQ checks it when your first bundle arrives. Then send your first bundle.</source>
        <translation>Se unió a {name}. Lea la huella de esta bóveda (arriba) a la sede: la sede la comprueba cuando llega su primer paquete. Después, envíe su primer paquete.</translation>
    </message>
    <message>
        <source>Joined {name}</source>
        <translation>Se unió a {name}</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import an assessment template</source>
        <translation>Importar una plantilla de evaluación</translation>
    </message>
    <message>
        <source>A template file (JSON) from HQ or another organisation. It is checked first; nothing is added to the vault until you import it.</source>
        <translation>Un archivo de plantilla (JSON) de la sede u otra organización. Primero se comprueba; no se añade nada a la bóveda hasta que la importe.</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Archivo de plantilla</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the template file</source>
        <translation>Elegir el archivo de plantilla</translation>
    </message>
    <message>
        <source>Problems of the template</source>
        <translation>Problemas de la plantilla</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Preview of the template</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Sección o elemento</translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation>Tipo de respuesta</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Add the template to the vault</source>
        <translation>Añadir la plantilla a la bóveda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a template file</source>
        <translation>Elegir un archivo de plantilla</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Plantillas (*.json)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>This version is already in the vault, unchanged.</source>
        <translation>Esta versión ya está en la bóveda, sin cambios.</translation>
    </message>
    <message>
        <source>The vault already holds this template and version with different content. A changed template needs a new version number.</source>
        <translation>La bóveda ya contiene esta plantilla y versión con otro contenido. Una plantilla modificada necesita un nuevo número de versión.</translation>
    </message>
    <message>
        <source>The template is valid. Look it over, then import it.</source>
        <translation>La plantilla es válida. Revísela y luego impórtela.</translation>
    </message>
    <message>
        <source>{count} problems: correct them in the file (the line is where each one is), then choose it again.</source>
        <translation>{count} problemas: corríjalos en el archivo (la línea indica dónde está cada uno) y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>{title}
Template {key}, version {version} · {kind} · languages: {languages} · {sections} sections, {items} items</source>
        <translation>{title}
Plantilla {key}, versión {version} · {kind} · idiomas: {languages} · {sections} secciones, {items} elementos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Una opción</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Varias opciones</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se importó nada: {reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported {key} version {version}: it can be chosen for new assessments.</source>
        <translation>{key} versión {version} importada: se puede elegir para nuevas evaluaciones.</translation>
    </message>
</context>
<context>
    <name>TwoWaySummaryDialog</name>
    <message>
        <source>Two-way summary</source>
        <translation>Resumen de las evaluaciones bidireccionales</translation>
    </message>
    <message>
        <source>How partners, together, assess our organisation: the mean of each section across the partners&apos; latest final two-way assessments. No partner&apos;s name or answers are shown.</source>
        <translation>Cómo evalúan los socios, en conjunto, a nuestra organización: la media de cada sección en las últimas evaluaciones bidireccionales finalizadas de los socios. No se muestra el nombre ni las respuestas de ningún socio.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Two-way summary by section</source>
        <translation>Resumen de las evaluaciones bidireccionales por sección</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>Partners needed before figures are shown</source>
        <translation>Socios necesarios antes de mostrar las cifras</translation>
    </message>
    <message>
        <source>&amp;Partners needed before figures are shown:</source>
        <translation>&amp;Socios necesarios antes de mostrar las cifras:</translation>
    </message>
    <message>
        <source>Save threshold</source>
        <translation>Guardar el umbral</translation>
    </message>
    <message>
        <source>Save the anonymity threshold</source>
        <translation>Guardar el umbral de anonimato</translation>
    </message>
    <message>
        <source>Close the two-way summary</source>
        <translation>Cerrar el resumen de las evaluaciones bidireccionales</translation>
    </message>
    <message>
        <source>Withheld: fewer than {minimum} partners answered ({count} did). No figure is shown, so that no partner&apos;s answers can be read back.</source>
        <translation>Oculto: respondieron menos de {minimum} socios (lo hicieron {count}). No se muestra ninguna cifra, para que no se puedan deducir las respuestas de ningún socio.</translation>
    </message>
    <message>
        <source>Partners who answered: {count} (at least {minimum} needed).</source>
        <translation>Socios que respondieron: {count} (se necesitan al menos {minimum}).</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>withheld: fewer than {minimum} partners answered</source>
        <translation>oculto: respondieron menos de {minimum} socios</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>No se pudo leer: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>UnsavedNotice</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Save this change again</source>
        <translation>Guardar de nuevo este cambio</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>Due within the next</source>
        <translation>Vence en los próximos</translation>
    </message>
    <message>
        <source>Number of days ahead</source>
        <translation>Número de días hacia adelante</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the list of what is due</source>
        <translation>Actualizar la lista de lo que vence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Vencido desde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>Yearly dialogues</source>
        <translation>Diálogos anuales</translation>
    </message>
    <message>
        <source>Project reports, visits and audits</source>
        <translation>Informes, visitas y auditorías de proyectos</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos vencimientos</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>Buscando lo que vence…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due, </source>
        <translation>
            <numerusform>%Ln elemento pendiente, </numerusform>
            <numerusform>%Ln elementos pendientes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln vencido</numerusform>
            <numerusform>%Ln vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up actions: {total} ({overdue} overdue)</source>
        <translation>Acciones de seguimiento: {total} ({overdue} vencidas)</translation>
    </message>
    <message>
        <source>Yearly partnership dialogues due: {total} ({overdue} overdue)</source>
        <translation>Diálogos anuales de alianza pendientes: {total} ({overdue} vencidos)</translation>
    </message>
    <message>
        <source>Project reports, visits and audits: {total} ({overdue} overdue)</source>
        <translation>Informes, visitas y auditorías de proyectos: {total} ({overdue} vencidos)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National NGO</source>
        <translation>ONG nacional</translation>
    </message>
    <message>
        <source>Regional NGO</source>
        <translation>ONG regional</translation>
    </message>
    <message>
        <source>International NGO</source>
        <translation>ONG internacional</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Instituto de investigación</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Organismo profesional</translation>
    </message>
    <message>
        <source>Monitoring body</source>
        <translation>Organismo de monitoreo</translation>
    </message>
    <message>
        <source>Intergovernmental body</source>
        <translation>Organismo intergubernamental</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>Organismo gubernamental</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institución nacional de derechos humanos</translation>
    </message>
    <message>
        <source>Foundation or donor</source>
        <translation>Fundación o donante</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Establishing</source>
        <translation>Establecimiento</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Phasing out</source>
        <translation>Retirada gradual</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Research and learning</source>
        <translation>Investigación y aprendizaje</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Estratégica</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Alto riesgo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>This destroys the vault “{name}” on this computer at once: its keys are overwritten and its database deleted. Nothing in it can be recovered here, not even with the passphrase or the recovery key. Data already sent to HQ in bundles is not affected.</source>
        <translation>Esto destruye de inmediato la bóveda «{name}» en esta computadora: sus claves se sobrescriben y su base de datos se elimina. Nada de su contenido podrá recuperarse aquí, ni siquiera con la frase de contraseña o la clave de recuperación. Los datos ya enviados a la sede en paquetes no se ven afectados.</translation>
    </message>
    <message>
        <source>To confirm, type the word {word} in capital Latin letters (it is the same in every language):</source>
        <translation>Para confirmar, escriba la palabra {word} en letras latinas mayúsculas (es la misma en todos los idiomas):</translation>
    </message>
    <message>
        <source>Type WIPE to confirm</source>
        <translation>Escriba WIPE para confirmar</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Borrar la bóveda</translation>
    </message>
    <message>
        <source>Wipe the vault now</source>
        <translation>Borrar la bóveda ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan</source>
        <translation>Plan de &amp;seguimiento</translation>
    </message>
    <message>
        <source>&amp;Review earlier plan</source>
        <translation>&amp;Revisar el plan anterior</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Nombres separados por comas</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>F&amp;acilitadores:</translation>
    </message>
    <message>
        <source>Co-design input</source>
        <translation>Aportes al codiseño</translation>
    </message>
    <message>
        <source>What partners asked for or shaped in the agenda</source>
        <translation>Lo que las organizaciones socias pidieron o definieron en la agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>Lo que se dijo y se acordó</translation>
    </message>
    <message>
        <source>Changes are saved as you leave each field.</source>
        <translation>Los cambios se guardan al salir de cada campo.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Add &amp;partners…</source>
        <translation>Añadir &amp;organizaciones socias…</translation>
    </message>
    <message>
        <source>Add participating partners</source>
        <translation>Añadir organizaciones socias participantes</translation>
    </message>
    <message>
        <source>Add p&amp;erson…</source>
        <translation>Añadir p&amp;ersona…</translation>
    </message>
    <message>
        <source>Add a named person</source>
        <translation>Añadir una persona con nombre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Quitar el participante</translation>
    </message>
    <message>
        <source>Workshop &amp;report…</source>
        <translation>&amp;Informe del taller…</translation>
    </message>
    <message>
        <source>Report of this workshop for the selected partner</source>
        <translation>Informe de este taller para la organización socia seleccionada</translation>
    </message>
    <message>
        <source>Preview, print or save the workshop report for the selected partner</source>
        <translation>Ver la vista previa, imprimir o guardar el informe del taller para la organización socia seleccionada</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan de seguimiento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Añadir acción…</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translation>Añadir una acción de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the follow-up action</source>
        <translation>Editar la acción de seguimiento</translation>
    </message>
    <message>
        <source>Remove the follow-up action</source>
        <translation>Quitar la acción de seguimiento</translation>
    </message>
    <message>
        <source>P&amp;articipants ({count})</source>
        <translation>&amp;Participantes ({count})</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan ({count})</source>
        <translation>Plan de &amp;seguimiento ({count})</translation>
    </message>
    <message>
        <source>&amp;Review earlier plan ({done}/{total})</source>
        <translation>&amp;Revisar el plan anterior ({done}/{total})</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>El taller no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Add a participating partner to make a report.</source>
        <translation>Añada una organización socia participante para elaborar un informe.</translation>
    </message>
    <message>
        <source>The participant is no longer listed.</source>
        <translation>El participante ya no figura en la lista.</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <source>Remove this action from the follow-up plan?</source>
        <translation>¿Quitar esta acción del plan de seguimiento?</translation>
    </message>
</context>
<context>
    <name>WorkshopPickerDialog</name>
    <message>
        <source>Review an earlier workshop&apos;s plan</source>
        <translation>Revisar el plan de un taller anterior</translation>
    </message>
    <message>
        <source>Search workshops</source>
        <translation>Buscar talleres</translation>
    </message>
    <message>
        <source>Search by title, topic or place</source>
        <translation>Buscar por título, tema o lugar</translation>
    </message>
    <message>
        <source>Earlier workshops</source>
        <translation>Talleres anteriores</translation>
    </message>
    <message>
        <source>Review its plan</source>
        <translation>Revisar su plan</translation>
    </message>
    <message>
        <source>Review the chosen workshop&apos;s plan</source>
        <translation>Revisar el plan del taller elegido</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Seguimientos abiertos</translation>
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
        <translation>Buscar talleres</translation>
    </message>
    <message>
        <source>Search by title, topic or place</source>
        <translation>Buscar por título, tema o lugar</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>Create a workshop</source>
        <translation>Crear un taller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected workshop</source>
        <translation>Eliminar el taller seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshop(s) found</source>
        <translation>
            <numerusform>%Ln taller encontrado</numerusform>
            <numerusform>%Ln talleres encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshop(s)</source>
        <translation>
            <numerusform>%Ln taller</numerusform>
            <numerusform>%Ln talleres</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop created</source>
        <translation>Taller creado</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <source>Delete this workshop? Its follow-up actions leave the plan and the due lists.</source>
        <translation>¿Eliminar este taller? Sus acciones de seguimiento saldrán del plan y de las listas de vencimientos.</translation>
    </message>
    <message>
        <source>Workshop deleted</source>
        <translation>Taller eliminado</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>No eliminado: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message>
        <source>Workshops this partner took part in</source>
        <translation>Talleres en los que participó esta organización socia</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>Create a workshop this partner takes part in</source>
        <translation>Crear un taller en el que participe este socio</translation>
    </message>
    <message>
        <source>Workshop created with this partner taking part</source>
        <translation>Taller creado con la participación de este socio</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Answer to {item}</source>
        <translation>Respuesta a {item}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
</TS>
