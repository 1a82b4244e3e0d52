<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldPartner</source>
        <translation>À propos de FieldPartner</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FieldPartner&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;FieldPartner&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Encrypted, offline-first assessment of partner organisations for human-rights organisations.</source>
        <translation>Évaluation des organisations partenaires, chiffrée et conçue pour fonctionner hors ligne, à l’intention des organisations de défense des droits humains.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries and their licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothèques et leurs licences&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Titre de l’action</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>(no particular partner)</source>
        <translation>(aucun partenaire en particulier)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une date d’échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Save the action</source>
        <translation>Enregistrer l’action</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Ajouter le partenaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>AnswerImportDialog</name>
    <message>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>Answers from a spreadsheet (.xlsx or .csv) with the columns item id, answer and note, or from a JSON answer file. Every row is checked first; the answers are saved all together or not at all.</source>
        <translation>Des réponses depuis un tableur (.xlsx ou .csv) avec les colonnes identifiant, réponse et note, ou depuis un fichier de réponses JSON. Chaque ligne est d&apos;abord vérifiée ; les réponses sont enregistrées toutes ensemble ou pas du tout.</translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation>Fichier de réponses</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose the answer file</source>
        <translation>Choisir le fichier de réponses</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Save every answer of the file</source>
        <translation>Enregistrer toutes les réponses du fichier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose an answer file</source>
        <translation>Choisir un fichier de réponses</translation>
    </message>
    <message>
        <source>Answer files (*.xlsx *.csv *.json)</source>
        <translation>Fichiers de réponses (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>{refused} rows refused: nothing can be imported until they are corrected in the file.</source>
        <translation>{refused} lignes refusées : rien ne peut être importé tant qu&apos;elles ne sont pas corrigées dans le fichier.</translation>
    </message>
    <message>
        <source>The file has no answers.</source>
        <translation>Le fichier ne contient aucune réponse.</translation>
    </message>
    <message>
        <source>Every row passed: {count} answers will be saved ({replaced} of them replace answers already given).</source>
        <translation>Toutes les lignes sont acceptées : {count} réponses seront enregistrées (dont {replaced} remplacent des réponses déjà données).</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé : {reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>{count} answers saved.</source>
        <translation>{count} réponses enregistrées.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Unlocking the demo vault…</source>
        <translation>Déverrouillage du coffre de démonstration…</translation>
    </message>
    <message>
        <source>Creating the demo vault with fictional partners…</source>
        <translation>Création du coffre de démonstration avec des partenaires fictifs…</translation>
    </message>
    <message>
        <source>FieldPartner</source>
        <translation>FieldPartner</translation>
    </message>
    <message>
        <source>The demo vault could not be opened: {reason}</source>
        <translation>Impossible d’ouvrir le coffre de démonstration : {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Suivante sans réponse</translation>
    </message>
    <message>
        <source>Go to the next question without an answer</source>
        <translation>Aller à la prochaine question sans réponse</translation>
    </message>
    <message>
        <source>Show only unanswered</source>
        <translation>Seulement les questions sans réponse</translation>
    </message>
    <message>
        <source>Show only questions without an answer</source>
        <translation>Afficher uniquement les questions sans réponse</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose the answer · 0 not applicable · ↑ ↓ previous/next question · Del clear</source>
        <translation>Touches : 1–9 choisir la réponse · 0 sans objet · ↑ ↓ question précédente/suivante · Suppr effacer</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Every question is answered</source>
        <translation>Toutes les questions ont une réponse</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>An answer was not saved: {reason}</source>
        <translation>Une réponse n’a pas été enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>{answered} of {required} required questions answered</source>
        <translation>Réponses à {answered} questions obligatoires sur {required}</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Joindre des fichiers comme justificatifs</translation>
    </message>
    <message>
        <source>Attaching files…</source>
        <translation>Ajout des fichiers…</translation>
    </message>
</context>
<context>
    <name>AssessmentLabels</name>
    <message>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Partnership dialogue</source>
        <translation>Dialogue de partenariat</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Évaluation réciproque</translation>
    </message>
    <message>
        <source>Workshop review</source>
        <translation>Revue d’atelier</translation>
    </message>
    <message>
        <source>Partner selection</source>
        <translation>Sélection du partenaire</translation>
    </message>
    <message>
        <source>Weak capacity</source>
        <translation>Capacité faible</translation>
    </message>
    <message>
        <source>Developing capacity</source>
        <translation>Capacité en développement</translation>
    </message>
    <message>
        <source>Established capacity</source>
        <translation>Capacité établie</translation>
    </message>
    <message>
        <source>Strong capacity</source>
        <translation>Capacité solide</translation>
    </message>
    <message>
        <source>Poor fit</source>
        <translation>Adéquation faible</translation>
    </message>
    <message>
        <source>Partial fit</source>
        <translation>Adéquation partielle</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Bonne adéquation</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Partiellement vérifié</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Partner (self-assessment)</source>
        <translation>Partenaire (auto-évaluation)</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petit</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Don&apos;t know / not verified</source>
        <translation>Ne sait pas / non vérifié</translation>
    </message>
    <message>
        <source>Covered by an accepted earlier assessment</source>
        <translation>Couvert par une évaluation antérieure acceptée</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Show assessments with status</source>
        <translation>Afficher les évaluations ayant le statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Show assessments of kind</source>
        <translation>Afficher les évaluations du type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Two-way summary…</source>
        <translation>Synthèse des évaluations réciproques…</translation>
    </message>
    <message>
        <source>How partners, together, assess the organisation</source>
        <translation>Comment les partenaires, ensemble, évaluent l’organisation</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment created</source>
        <translation>Évaluation créée</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>Non créée : {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>All assessments</source>
        <translation>Toutes les évaluations</translation>
    </message>
    <message>
        <source>Back to all assessments</source>
        <translation>Retour à toutes les évaluations</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last answer change</source>
        <translation>Annuler la dernière modification de réponse</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the answer change</source>
        <translation>Rétablir la modification de réponse</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Finalise: compute the results and lock the answers</source>
        <translation>Finaliser : calculer les résultats et verrouiller les réponses</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reopen as a new draft</source>
        <translation>Rouvrir comme nouveau brouillon</translation>
    </message>
    <message>
        <source>Override result…</source>
        <translation>Modifier le résultat…</translation>
    </message>
    <message>
        <source>Override a computed result, with the justification</source>
        <translation>Modifier un résultat calculé, avec sa justification</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Preview, print or save a report</source>
        <translation>Afficher l’aperçu, imprimer ou enregistrer un rapport</translation>
    </message>
    <message>
        <source>Answers and results</source>
        <translation>Réponses et résultats</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Tier: {tier}</source>
        <translation>Niveau : {tier}</translation>
    </message>
    <message>
        <source>Assessors: {names}</source>
        <translation>Évaluateurs : {names}</translation>
    </message>
    <message>
        <source>Assessment finalised; its answers are locked</source>
        <translation>Évaluation finalisée ; ses réponses sont verrouillées</translation>
    </message>
    <message>
        <source>Result overridden; the justification is kept</source>
        <translation>Résultat modifié ; la justification est conservée</translation>
    </message>
    <message>
        <source>Question {number}: {title}</source>
        <translation>Question {number} : {title}</translation>
    </message>
    <message numerus="yes">
        <source>Cannot finalise yet: %Ln question(s) to complete</source>
        <translation>
            <numerusform>Finalisation impossible : %Ln question à compléter</numerusform>
            <numerusform>Finalisation impossible : %Ln questions à compléter</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment reopened as a draft</source>
        <translation>Évaluation rouverte comme brouillon</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Importer des réponses…</translation>
    </message>
    <message>
        <source>Import answers from a spreadsheet, checked before they are saved</source>
        <translation>Importer des réponses depuis un tableur, vérifiées avant d&apos;être enregistrées</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Assessments of this partner</source>
        <translation>Évaluations de ce partenaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Double-click an assessment to open it</source>
        <translation>Double-cliquez sur une évaluation pour l’ouvrir</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Start a new assessment of this partner</source>
        <translation>Commencer une nouvelle évaluation de ce partenaire</translation>
    </message>
</context>
<context>
    <name>AssignPartnersDialog</name>
    <message>
        <source>Assign partners to device {device}</source>
        <translation>Attribuer des partenaires à l’appareil {device}</translation>
    </message>
    <message>
        <source>HQ&apos;s next bundle to this device will carry the ticked partners and their records. Send only what the device&apos;s user needs: a laptop can be lost or seized.</source>
        <translation>Le prochain lot du siège pour cet appareil contiendra les partenaires cochés et leurs fiches. N’envoyez que ce dont l’utilisateur de l’appareil a besoin : un ordinateur portable peut être perdu ou saisi.</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Rechercher des partenaires</translation>
    </message>
    <message>
        <source>Search by name, acronym, region, country or tag</source>
        <translation>Rechercher par nom, sigle, région, pays ou étiquette</translation>
    </message>
    <message>
        <source>Partners to assign</source>
        <translation>Partenaires à attribuer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Assign the ticked partners to the device and take back the unticked ones</source>
        <translation>Attribuer à l’appareil les partenaires cochés et retirer ceux qui sont décochés</translation>
    </message>
    <message>
        <source>Assigned. Untick to stop sending this partner to the device; the device keeps the copy it already has.</source>
        <translation>Attribué. Décochez pour ne plus envoyer ce partenaire à l’appareil ; l’appareil garde la copie qu’il détient déjà.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to take back</source>
        <translation>
            <numerusform>%Ln à retirer</numerusform>
            <numerusform>%Ln à retirer</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without assigning</source>
        <translation>Fermer sans attribuer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} partners: refine the search.</source>
        <translation>Affichage des {shown} premiers partenaires sur {total} : affinez la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) found</source>
        <translation>
            <numerusform>%Ln partenaire trouvé</numerusform>
            <numerusform>%Ln partenaires trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) already assigned</source>
        <translation>
            <numerusform>%Ln partenaire déjà attribué</numerusform>
            <numerusform>%Ln partenaires déjà attribués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <translation>
            <numerusform>%Ln à ajouter</numerusform>
            <numerusform>%Ln à ajouter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Image preview</source>
        <translation>Aperçu de l’image</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>This image cannot be shown (damaged or unknown format).</source>
        <translation>Impossible d’afficher cette image (fichier endommagé ou format inconnu).</translation>
    </message>
    <message>
        <source>PDF preview is not available in this installation.</source>
        <translation>L’aperçu des PDF n’est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (damaged or protected).</source>
        <translation>Impossible d’afficher ce PDF (fichier endommagé ou protégé).</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Save a copy…” to open it.</source>
        <translation>Aucun aperçu pour ce type de fichier. Utilisez « Enregistrer une copie… » pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Sélectionnez un fichier pour en afficher l’aperçu.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Files of this partner</source>
        <translation>Fichiers de ce partenaire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Drop files here to add them to the vault</source>
        <translation>Déposez des fichiers ici pour les ajouter au coffre</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy outside the vault</source>
        <translation>Enregistrer une copie hors du coffre</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Added {file}</source>
        <translation>{file} ajouté</translation>
    </message>
    <message>
        <source>Add files to the vault</source>
        <translation>Ajouter des fichiers au coffre</translation>
    </message>
    <message>
        <source>Adding files to the vault…</source>
        <translation>Ajout des fichiers au coffre…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) added</source>
        <translation>
            <numerusform>%Ln fichier ajouté</numerusform>
            <numerusform>%Ln fichiers ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not added: {reason}</source>
        <translation>Le fichier n’a pas été ajouté : {reason}</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to this computer or to where you save it can read it. Save it only where it is safe, and delete it when you no longer need it.</source>
        <translation>La copie ne sera pas chiffrée : toute personne ayant accès à cet ordinateur ou à l’endroit où vous l’enregistrez pourra la lire. Enregistrez-la uniquement dans un endroit sûr et supprimez-la dès que vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved outside the vault</source>
        <translation>Copie enregistrée hors du coffre</translation>
    </message>
    <message>
        <source>Delete this file from the partner? Earlier revisions keep a record of it.</source>
        <translation>Supprimer ce fichier du partenaire ? Les révisions antérieures en gardent une trace.</translation>
    </message>
    <message>
        <source>The file was not deleted: {reason}</source>
        <translation>Le fichier n’a pas été supprimé : {reason}</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason} : {file}</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be written.</source>
        <translation>Le disque est plein : la modification n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The vault stayed busy with other work too long: the change is not saved yet.</source>
        <translation>Le coffre est resté occupé trop longtemps par un autre travail : la modification n’est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>The database cannot be reached now: the change is not saved yet.</source>
        <translation>La base de données est injoignable pour le moment : la modification n’est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>The vault could not be written ({kind}).</source>
        <translation>Le coffre n’a pas pu être écrit ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Please try again; Help → Problem report has the details.</source>
        <translation>Une erreur s’est produite ({kind}). Veuillez réessayer ; Aide → Rapport de problème en donne le détail.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>An encrypted copy of the whole vault, for a USB stick or another disk. It opens with the same passphrase and recovery key. Keep it away from this computer.</source>
        <translation>Une copie chiffrée de tout le coffre, pour une clé USB ou un autre disque. Elle s&apos;ouvre avec la même phrase secrète et la même clé de récupération. Gardez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Dossier de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Choisir le dossier de la sauvegarde</translation>
    </message>
    <message>
        <source>Remind me after this many days</source>
        <translation>Me le rappeler après ce nombre de jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> prochains jours</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Dernière sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Remind me after:</source>
        <translation>Me le &amp;rappeler après :</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>Sauvegarder le coffre maintenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>Choisir où mettre la sauvegarde</translation>
    </message>
    <message>
        <source>{folder} is not a folder (is the stick plugged in?).</source>
        <translation>{folder} n&apos;est pas un dossier (la clé est-elle branchée ?).</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Écriture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backed up and checked: {path} ({size}).</source>
        <translation>Sauvegardé et vérifié : {path} ({size}).</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Aucune sauvegarde n&apos;a été faite : {reason}</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Backup reminder</source>
        <translation>Rappel de sauvegarde</translation>
    </message>
    <message>
        <source>No backup for {days} days: back up now…</source>
        <translation>Aucune sauvegarde depuis {days} jours : sauvegarder maintenant…</translation>
    </message>
</context>
<context>
    <name>BorderDialog</name>
    <message>
        <source>Before a border crossing</source>
        <translation>Avant un passage de frontière</translation>
    </message>
    <message>
        <source>Everything HQ has not yet confirmed receiving is written to a bundle for HQ. Once the bundle is checked, records are removed from this laptop. The vault keeps its keys and templates; a bundle from HQ fills it again later.</source>
        <translation>Tout ce que le siège n&apos;a pas encore confirmé avoir reçu est écrit dans un paquet pour le siège. Une fois le paquet vérifié, des fiches sont retirées de cet ordinateur. Le coffre garde ses clés et ses modèles ; un paquet du siège le remplit de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Remove what HQ has confirmed receiving (recommended)</source>
        <translation>Retirer ce que le siège a confirmé avoir reçu (recommandé)</translation>
    </message>
    <message>
        <source>Remove every record</source>
        <translation>Retirer toutes les fiches</translation>
    </message>
    <message>
        <source>With every record removed, the bundle holds the only copy of changes HQ has not confirmed: carry or send it separately from the laptop.</source>
        <translation>Si toutes les fiches sont retirées, le paquet détient la seule copie des modifications que le siège n&apos;a pas confirmées : transportez-le ou envoyez-le séparément de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Where the bundle for HQ is written</source>
        <translation>Où le paquet pour le siège est écrit</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose where the bundle is written</source>
        <translation>Choisir où écrire le paquet</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send and remove</source>
        <translation>Envoyer et retirer</translation>
    </message>
    <message>
        <source>Write the bundle for HQ, then remove records from this laptop</source>
        <translation>Écrire le paquet pour le siège, puis retirer des fiches de cet ordinateur</translation>
    </message>
    <message>
        <source>Progress of the border crossing</source>
        <translation>Avancement du passage de frontière</translation>
    </message>
    <message>
        <source>Stop before anything is removed from this laptop</source>
        <translation>Arrêter avant que rien ne soit retiré de cet ordinateur</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <source>Bundle for HQ</source>
        <translation>Paquet pour le siège</translation>
    </message>
    <message>
        <source>Bundles (*.fpbundle)</source>
        <translation>Paquets (*.fpbundle)</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the bundle.</source>
        <translation>Choisissez un dossier existant pour le paquet.</translation>
    </message>
    <message>
        <source>{name} exists already; choose another name.</source>
        <translation>{name} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Checking that the bundle reads back…</source>
        <translation>Vérification de la relecture du paquet…</translation>
    </message>
    <message>
        <source>Removing records from this laptop…</source>
        <translation>Retrait des fiches de cet ordinateur…</translation>
    </message>
    <message>
        <source>Rewriting the vault without them…</source>
        <translation>Réécriture du coffre sans elles…</translation>
    </message>
    <message>
        <source>Writing the bundle for HQ…</source>
        <translation>Écriture du paquet pour le siège…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Nothing was removed from this laptop: {reason}</source>
        <translation>Rien n&apos;a été retiré de cet ordinateur : {reason}</translation>
    </message>
    <message>
        <source>Written for HQ: {file}</source>
        <translation>Écrit pour le siège : {file}</translation>
    </message>
    <message>
        <source>It holds {revisions} changes to {records} records and {files} files.</source>
        <translation>Il contient {revisions} modifications de {records} fiches et {files} fichiers.</translation>
    </message>
    <message>
        <source>Removed from this laptop: {what}</source>
        <translation>Retiré de cet ordinateur : {what}</translation>
    </message>
    <message>
        <source>Nothing was removed from this laptop.</source>
        <translation>Rien n&apos;a été retiré de cet ordinateur.</translation>
    </message>
    <message>
        <source>Files removed: {size}</source>
        <translation>Fichiers retirés : {size}</translation>
    </message>
    <message>
        <source>Still on this laptop (HQ has not confirmed them yet): {what}</source>
        <translation>Encore sur cet ordinateur (le siège ne les a pas encore confirmées) : {what}</translation>
    </message>
    <message>
        <source>The bundle holds the only copy of changes HQ has not confirmed: keep it safe until HQ has imported it.</source>
        <translation>Le paquet détient la seule copie des modifications que le siège n&apos;a pas confirmées : gardez-le en sûreté jusqu&apos;à ce que le siège l&apos;ait importé.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase opens this vault from now on; the old one no longer does. Your recovery key stays the same.</source>
        <translation>La nouvelle phrase secrète ouvre ce coffre désormais ; l&apos;ancienne ne l&apos;ouvre plus. Votre clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changement de la phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La phrase secrète actuelle n&apos;est pas la bonne. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n&apos;a été modifié : {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record kind</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>From devices</source>
        <translation>Appareils d’origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>appareil inconnu</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ce coffre</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>{local} and {incoming}</source>
        <translation>{local} et {incoming}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>Rapport prévu</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Workshop participant</source>
        <translation>Participant à l’atelier</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts too</source>
        <translation>Afficher aussi les conflits &amp;résolus</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>Afficher aussi les conflits résolus</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Read the conflicts again</source>
        <translation>Relire les conflits</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Take all &amp;local</source>
        <translation>Tout garder en &amp;local</translation>
    </message>
    <message>
        <source>Resolve the conflict with this vault&apos;s values</source>
        <translation>Résoudre le conflit avec les valeurs de ce coffre</translation>
    </message>
    <message>
        <source>Take all &amp;incoming</source>
        <translation>Tout prendre de l’&amp;entrant</translation>
    </message>
    <message>
        <source>Resolve the conflict with the incoming values</source>
        <translation>Résoudre le conflit avec les valeurs entrantes</translation>
    </message>
    <message>
        <source>Resolve with &amp;these values</source>
        <translation>Résoudre avec &amp;ces valeurs</translation>
    </message>
    <message>
        <source>Resolve the conflict with the values chosen for each field</source>
        <translation>Résoudre le conflit avec les valeurs choisies pour chaque champ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit ouvert</numerusform>
            <numerusform>%Ln conflits ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the latest {shown} of {total} resolved conflicts.</source>
        <translation>Affichage des {shown} derniers conflits résolus sur {total}.</translation>
    </message>
    <message>
        <source>Select a conflict to settle it field by field.</source>
        <translation>Sélectionnez un conflit pour le régler champ par champ.</translation>
    </message>
    <message numerus="yes">
        <source>{kind} “{record}”: %Ln conflicting field(s)</source>
        <translation>
            <numerusform>{kind} « {record} » : %Ln champ en conflit</numerusform>
            <numerusform>{kind} « {record} » : %Ln champs en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>Local: changed on {local} by {local_author}. Incoming: changed on {incoming} by {incoming_author}. Found {found}.</source>
        <translation>Local : modifié sur {local} par {local_author}. Entrant : modifié sur {incoming} par {incoming_author}. Détecté le {found}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Resolved {when} ({how}).</source>
        <translation>Résolu le {when} ({how}).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valeur à conserver</translation>
    </message>
    <message>
        <source>{field}: an empty value cannot be chosen field by field; use “Take all local” or “Take all incoming”.</source>
        <translation>{field} : une valeur vide ne peut pas être choisie champ par champ ; utilisez « Tout garder en local » ou « Tout prendre de l’entrant ».</translation>
    </message>
    <message>
        <source>kept the local values</source>
        <translation>valeurs locales conservées</translation>
    </message>
    <message>
        <source>took the incoming values</source>
        <translation>valeurs entrantes reprises</translation>
    </message>
    <message numerus="yes">
        <source>chose %Ln field(s) one by one</source>
        <translation>
            <numerusform>%Ln champ choisi individuellement</numerusform>
            <numerusform>%Ln champs choisis un par un</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict on {kind} “{record}” resolved: {how}.</source>
        <translation>Conflit sur {kind} « {record} » résolu : {how}.</translation>
    </message>
    <message>
        <source>Not resolved: {reason}. Nothing was changed.</source>
        <translation>Non résolu : {reason}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The conflict was not resolved.</source>
        <translation>Le conflit n’a pas été résolu.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>One per line, e.g. email: name@example.org — kinds: {kinds}</source>
        <translation>Un par ligne, p. ex. email: nom@example.org — types possibles : {kinds}</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Moyens de contact :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Delete this contact? Its history stays in the vault.</source>
        <translation>Supprimer ce contact ? Son historique reste dans le coffre.</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>Non supprimé : {reason}</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationDialog</name>
    <message>
        <source>Set up this vault as HQ</source>
        <translation>Configurer ce coffre comme siège</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nom de l’organisation :</translation>
    </message>
    <message>
        <source>Where to save the profile file</source>
        <translation>Emplacement du fichier de profil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save the profile file</source>
        <translation>Choisir où enregistrer le fichier de profil</translation>
    </message>
    <message>
        <source>Profile file:</source>
        <translation>Fichier de profil :</translation>
    </message>
    <message>
        <source>Hand this file to every field officer (it holds no secret). They join with it and with HQ&apos;s fingerprint, which you read to them by phone.</source>
        <translation>Remettez ce fichier à chaque agent de terrain (il ne contient aucun secret). Ils rejoignent l’organisation avec ce fichier et l’empreinte du siège, que vous leur lisez par téléphone.</translation>
    </message>
    <message>
        <source>Where to save HQ&apos;s identity backup</source>
        <translation>Emplacement de la sauvegarde d’identité du siège</translation>
    </message>
    <message>
        <source>Choose where to save HQ&apos;s identity backup</source>
        <translation>Choisir où enregistrer la sauvegarde d’identité du siège</translation>
    </message>
    <message>
        <source>Identity backup:</source>
        <translation>Sauvegarde d’identité :</translation>
    </message>
    <message>
        <source>The identity backup is HQ&apos;s secret key: with it anyone can read every bundle sent to HQ, and without it HQ cannot open them if this vault is lost. Save it on a removable medium, keep that offline and locked away, and delete any other copy.</source>
        <translation>La sauvegarde d’identité est la clé secrète du siège : avec elle, n’importe qui peut lire tous les lots envoyés au siège, et sans elle le siège ne peut plus les ouvrir si ce coffre est perdu. Enregistrez-la sur un support amovible, conservez celui-ci hors ligne et sous clé, et supprimez toute autre copie.</translation>
    </message>
    <message>
        <source>I will keep the identity backup offline and safe</source>
        <translation>Je conserverai la sauvegarde d’identité hors ligne et en lieu sûr</translation>
    </message>
    <message>
        <source>I will keep the identity backup offline</source>
        <translation>Je conserverai la sauvegarde d’identité hors ligne</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint</source>
        <translation>Empreinte du siège</translation>
    </message>
    <message>
        <source>&amp;Create the organisation</source>
        <translation>&amp;Créer l’organisation</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Créer l’organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel setting up HQ</source>
        <translation>Annuler la configuration du siège</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close: the organisation is set up</source>
        <translation>Fermer : l’organisation est configurée</translation>
    </message>
    <message>
        <source>Save the organisation profile</source>
        <translation>Enregistrer le profil de l’organisation</translation>
    </message>
    <message>
        <source>Organisation profiles (*.fporg)</source>
        <translation>Profils d’organisation (*.fporg)</translation>
    </message>
    <message>
        <source>Save HQ&apos;s identity backup (keep it offline)</source>
        <translation>Enregistrer la sauvegarde d’identité du siège (à conserver hors ligne)</translation>
    </message>
    <message>
        <source>Identity backups (*.txt)</source>
        <translation>Sauvegardes d’identité (*.txt)</translation>
    </message>
    <message>
        <source>The profile and the identity backup must be two different files.</source>
        <translation>Le profil et la sauvegarde d’identité doivent être deux fichiers distincts.</translation>
    </message>
    <message>
        <source>{name} is set up and this vault is its HQ. The profile is saved as {profile}; move the identity backup {backup} offline now.

HQ&apos;s fingerprint, to read to each field officer when they join:</source>
        <translation>{name} est configurée et ce coffre en est le siège. Le profil est enregistré sous {profile} ; mettez dès maintenant la sauvegarde d’identité {backup} hors ligne.

Empreinte du siège, à lire à chaque agent de terrain lorsqu’il rejoint l’organisation :</translation>
    </message>
    <message>
        <source>Not set up: {reason}</source>
        <translation>Configuration non effectuée : {reason}</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configuration…</translation>
    </message>
    <message>
        <source>Setting up the organisation…</source>
        <translation>Configuration de l’organisation…</translation>
    </message>
</context>
<context>
    <name>DeviceConfirmDialog</name>
    <message>
        <source>Enrol a new device?</source>
        <translation>Inscrire un nouvel appareil ?</translation>
    </message>
    <message>
        <source>{files} comes from device {device}, which HQ has not enrolled yet.

Call the person who sent it and ask them to read the fingerprint shown on their Sync page. Enrol the device only if every character matches:</source>
        <translation>{files} provient de l’appareil {device}, que le siège n’a pas encore inscrit.

Appelez la personne qui l’a envoyé et demandez-lui de lire l’empreinte affichée sur sa page Synchronisation. N’inscrivez l’appareil que si chaque caractère correspond :</translation>
    </message>
    <message>
        <source>Fingerprint of the new device</source>
        <translation>Empreinte du nouvel appareil</translation>
    </message>
    <message>
        <source>If it does not match, do not enrol it: someone else may have made this bundle. Nothing from it is imported unless you enrol the device.</source>
        <translation>Si elle ne correspond pas, ne l’inscrivez pas : quelqu’un d’autre a peut-être fabriqué ce lot. Rien n’en est importé tant que vous n’inscrivez pas l’appareil.</translation>
    </message>
    <message>
        <source>The fingerprint matches: enrol</source>
        <translation>L’empreinte correspond : inscrire</translation>
    </message>
    <message>
        <source>Enrol the device: the fingerprint matches</source>
        <translation>Inscrire l’appareil : l’empreinte correspond</translation>
    </message>
    <message>
        <source>Do not enrol</source>
        <translation>Ne pas inscrire</translation>
    </message>
    <message>
        <source>Do not enrol the device</source>
        <translation>Ne pas inscrire l’appareil</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Dernier lot</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Reçu jusqu’à</translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation>Modifications manquantes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>missing {changes}</source>
        <translation>manquantes : {changes}</translation>
    </message>
    <message>
        <source>Changes {changes} from this device never arrived. Ask its user to export a full bundle.</source>
        <translation>Les modifications {changes} de cet appareil ne sont jamais arrivées. Demandez à son utilisateur d’exporter un lot complet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) received</source>
        <translation>
            <numerusform>%Ln lot reçu</numerusform>
            <numerusform>%Ln lots reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Read it aloud with the device&apos;s user to check it is theirs.</source>
        <translation>Lisez-la à voix haute avec l’utilisateur de l’appareil pour vérifier qu’il s’agit bien du sien.</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Enrolled devices</source>
        <translation>Appareils inscrits</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Read the device list again</source>
        <translation>Relire la liste des appareils</translation>
    </message>
    <message>
        <source>&amp;Assign partners…</source>
        <translation>&amp;Attribuer des partenaires…</translation>
    </message>
    <message>
        <source>Assign partners to the selected device</source>
        <translation>Attribuer des partenaires à l’appareil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Révoquer l’appareil sélectionné</translation>
    </message>
    <message>
        <source>Only HQ&apos;s vault enrols field devices. This vault is not an organisation&apos;s HQ, so it has no devices to show.</source>
        <translation>Seul le coffre du siège inscrit les appareils de terrain. Ce coffre n’est le siège d’aucune organisation : il n’a donc aucun appareil à afficher.</translation>
    </message>
    <message>
        <source>No device is enrolled yet. A device is enrolled when HQ imports its first bundle and confirms its fingerprint.</source>
        <translation>Aucun appareil n’est encore inscrit. Un appareil est inscrit lorsque le siège importe son premier lot et confirme son empreinte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln appareil</numerusform>
            <numerusform>%Ln appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln revoked</source>
        <translation>
            <numerusform>, %Ln révoqué</numerusform>
            <numerusform>, %Ln révoqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Device {device} revoked: its bundles are refused from now on.</source>
        <translation>Appareil {device} révoqué : ses lots sont désormais refusés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) assigned to device {device}; they go with HQ&apos;s next bundle to it.</source>
        <translation>
            <numerusform>%Ln partenaire attribué à l’appareil {device} ; il partira avec le prochain lot du siège pour cet appareil.</numerusform>
            <numerusform>%Ln partenaires attribués à l’appareil {device} ; ils partiront avec le prochain lot du siège pour cet appareil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) no longer sent to device {device}; it keeps the copies it has.</source>
        <translation>
            <numerusform>%Ln partenaire n’est plus envoyé à l’appareil {device} ; celui-ci garde les copies qu’il détient.</numerusform>
            <numerusform>%Ln partenaires ne sont plus envoyés à l’appareil {device} ; celui-ci garde les copies qu’il détient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning partners…</source>
        <translation>Attribution des partenaires…</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Never held</source>
        <translation>Jamais tenu</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln day(s) overdue)</source>
        <translation>
            <numerusform>{date} (%Ln jour de retard)</numerusform>
            <numerusform>{date} (%Ln jours de retard)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Device to send the bundle to</source>
        <translation>Appareil destinataire du lot</translation>
    </message>
    <message>
        <source>&amp;Full export (everything, not only changes)</source>
        <translation>Export &amp;complet (tout, pas seulement les modifications)</translation>
    </message>
    <message>
        <source>Full export: everything, not only changes</source>
        <translation>Export complet : tout, pas seulement les modifications</translation>
    </message>
    <message>
        <source>Send a device the templates, the partners assigned to it and what changed at HQ. Only that device (and this vault) can open the bundle.</source>
        <translation>Envoyer à un appareil les modèles, les partenaires qui lui sont attribués et ce qui a changé au siège. Seuls cet appareil (et ce coffre) peuvent ouvrir le lot.</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Appareil :</translation>
    </message>
    <message>
        <source>&amp;Export for the device…</source>
        <translation>&amp;Exporter pour l’appareil…</translation>
    </message>
    <message>
        <source>Export a bundle for the chosen device</source>
        <translation>Exporter un lot pour l’appareil choisi</translation>
    </message>
    <message>
        <source>Send HQ everything you changed since your last bundle. Only HQ (and this vault) can open it; carry it on a USB stick or send it as an attachment.</source>
        <translation>Envoyer au siège tout ce que vous avez modifié depuis votre dernier lot. Seuls le siège (et ce coffre) peuvent l’ouvrir ; transportez-le sur une clé USB ou envoyez-le en pièce jointe.</translation>
    </message>
    <message>
        <source>&amp;Send to HQ…</source>
        <translation>En&amp;voyer au siège…</translation>
    </message>
    <message>
        <source>Export a bundle for HQ</source>
        <translation>Exporter un lot pour le siège</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Import bundles from the field devices. Choose as many files as you have; you see what each will change before anything is applied.</source>
        <translation>Importer les lots des appareils de terrain. Choisissez autant de fichiers que vous en avez ; vous voyez ce que chacun modifiera avant que quoi que ce soit ne soit appliqué.</translation>
    </message>
    <message>
        <source>Import the bundles HQ sent you. You see what each will change before anything is applied.</source>
        <translation>Importer les lots que le siège vous a envoyés. Vous voyez ce que chacun modifiera avant que quoi que ce soit ne soit appliqué.</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importer des lots…</translation>
    </message>
    <message>
        <source>Choose bundle files to import</source>
        <translation>Choisir les fichiers de lot à importer</translation>
    </message>
    <message>
        <source>What happened to each imported bundle</source>
        <translation>Ce qu’il est advenu de chaque lot importé</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Device {id} · {fingerprint}</source>
        <translation>Appareil {id} · {fingerprint}</translation>
    </message>
    <message>
        <source>No device is enrolled yet: a device is enrolled when you import its first bundle and confirm its fingerprint.</source>
        <translation>Aucun appareil n’est encore inscrit : un appareil est inscrit lorsque vous importez son premier lot et confirmez son empreinte.</translation>
    </message>
    <message>
        <source>Looking at what to send…</source>
        <translation>Recherche de ce qu’il faut envoyer…</translation>
    </message>
    <message>
        <source>Choose where to save the bundle (e.g. a USB stick)</source>
        <translation>Choisir où enregistrer le lot (par exemple une clé USB)</translation>
    </message>
    <message>
        <source>Not sent: no folder chosen.</source>
        <translation>Non envoyé : aucun dossier choisi.</translation>
    </message>
    <message>
        <source>The folder is not there (was the stick removed?)</source>
        <translation>Le dossier est introuvable (la clé a-t-elle été retirée ?)</translation>
    </message>
    <message>
        <source>Saved {file} for {who}: </source>
        <translation>{file} enregistré pour {who} : </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), </source>
        <translation>
            <numerusform>%Ln fiche, </numerusform>
            <numerusform>%Ln fiches, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s).</source>
        <translation>
            <numerusform>%Ln pièce jointe.</numerusform>
            <numerusform>%Ln pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle saved: {file}</source>
        <translation>Lot enregistré : {file}</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du lot…</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
    <message>
        <source>Choose the bundles to import</source>
        <translation>Choisir les lots à importer</translation>
    </message>
    <message>
        <source>FieldPartner bundles (*.fpbundle);;All files (*)</source>
        <translation>Lots FieldPartner (*.fpbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the bundles…</source>
        <translation>Vérification des lots…</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Importing the bundles…</source>
        <translation>Importation des lots…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) imported</source>
        <translation>
            <numerusform>%Ln lot importé</numerusform>
            <numerusform>%Ln lots importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln déjà importé</numerusform>
            <numerusform>%Ln déjà importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln non importé</numerusform>
            <numerusform>%Ln non importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already imported; nothing changed</source>
        <translation>Déjà importé ; rien n’a changé</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Refused; nothing changed</source>
        <translation>Refusé ; rien n’a changé</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed</source>
        <translation>Annulé ; rien n’a changé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>the new device with fingerprint {fingerprint}</source>
        <translation>le nouvel appareil d’empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to resolve on the Conflicts tab</source>
        <translation>
            <numerusform>%Ln à résoudre dans l’onglet Conflits</numerusform>
            <numerusform>%Ln à résoudre dans l’onglet Conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>changes {range} of this sender never arrived: ask for the missing bundle or a full export</source>
        <translation>les modifications {range} de cet expéditeur ne sont jamais arrivées : demandez le lot manquant ou un export complet</translation>
    </message>
    <message>
        <source>Nothing imported: {reason}</source>
        <translation>Rien n’a été importé : {reason}</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>Send a bundle</source>
        <translation>Envoyer un lot</translation>
    </message>
    <message>
        <source>Everything in this vault (a full export)</source>
        <translation>Tout le contenu de ce coffre (export complet)</translation>
    </message>
    <message>
        <source>The changes they have not confirmed receiving yet (changes {range})</source>
        <translation>Les modifications dont la réception n’a pas encore été confirmée (modifications {range})</translation>
    </message>
    <message>
        <source>To: {recipient}
What: {what}</source>
        <translation>À : {recipient}
Contenu : {what}</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Fiches contenues dans le lot</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) with their history, </source>
        <translation>
            <numerusform>%Ln fiche avec son historique, </numerusform>
            <numerusform>%Ln fiches avec leur historique, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln pièce jointe</numerusform>
            <numerusform>%Ln pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source> ({size})</source>
        <translation> ({size})</translation>
    </message>
    <message>
        <source>They already have everything this vault sends them. You can still send a bundle (it tells them what you received), or tick Full export to send everything again.</source>
        <translation>Le destinataire a déjà tout ce que ce coffre lui envoie. Vous pouvez tout de même envoyer un lot (il lui indique ce que vous avez reçu) ou cocher Export complet pour tout renvoyer.</translation>
    </message>
    <message>
        <source>The bundle is encrypted: only they and this vault can open it. Next you choose where to save it, for example a USB stick.</source>
        <translation>Le lot est chiffré : seuls le destinataire et ce coffre peuvent l’ouvrir. Vous choisirez ensuite où l’enregistrer, par exemple sur une clé USB.</translation>
    </message>
    <message>
        <source>Choose a folder and save…</source>
        <translation>Choisir un dossier et enregistrer…</translation>
    </message>
    <message>
        <source>Choose a folder and save the bundle</source>
        <translation>Choisir un dossier et enregistrer le lot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Choice for {field}</source>
        <translation>Choix pour {field}</translation>
    </message>
    <message>
        <source>Keep local</source>
        <translation>Garder la valeur locale</translation>
    </message>
    <message>
        <source>Take incoming</source>
        <translation>Prendre la valeur entrante</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>JSON, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>JSON, p. ex. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>New value of {field}</source>
        <translation>Nouvelle valeur de {field}</translation>
    </message>
    <message>
        <source>The record holds this value until the conflict is resolved.</source>
        <translation>La fiche conserve cette valeur jusqu’à la résolution du conflit.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>FieldPartner guide</source>
        <translation>Guide de FieldPartner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Fermer le guide</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Bundles sent and received</source>
        <translation>Lots envoyés et reçus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) sent, </source>
        <translation>
            <numerusform>%Ln lot envoyé, </numerusform>
            <numerusform>%Ln lots envoyés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received.</source>
        <translation>
            <numerusform>%Ln reçu.</numerusform>
            <numerusform>%Ln reçus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle sent or received yet.</source>
        <translation>Aucun lot envoyé ni reçu pour l’instant.</translation>
    </message>
    <message>
        <source>Show older bundles</source>
        <translation>Afficher les lots plus anciens</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Modifications seulement</translation>
    </message>
    <message>
        <source>Bundle made {time}</source>
        <translation>Lot créé le {time}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this partner</source>
        <translation>Historique de ce partenaire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
</context>
<context>
    <name>HqConnectDialog</name>
    <message>
        <source>Connect to HQ database</source>
        <translation>Connexion à la base du siège</translation>
    </message>
    <message>
        <source>Headquarters&apos; shared database. Connect with your own database login: your changes are recorded under it, and it decides what you may do.</source>
        <translation>La base de données partagée du siège. Connectez-vous avec votre propre identifiant de base de données : vos modifications sont enregistrées sous ce nom, et il détermine ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Adresse de la base</translation>
    </message>
    <message>
        <source>HQ passphrase</source>
        <translation>Phrase secrète du siège</translation>
    </message>
    <message>
        <source>Database &amp;address:</source>
        <translation>&amp;Adresse de la base :</translation>
    </message>
    <message>
        <source>HQ &amp;passphrase:</source>
        <translation>&amp;Phrase secrète du siège :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Give the database&apos;s address, starting with postgresql://</source>
        <translation>Indiquez l’adresse de la base, commençant par postgresql://</translation>
    </message>
    <message>
        <source>Enter the HQ passphrase.</source>
        <translation>Saisissez la phrase secrète du siège.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Non connecté : {reason}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Importer des lots</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) chosen: </source>
        <translation>
            <numerusform>%Ln lot choisi : </numerusform>
            <numerusform>%Ln lots choisis : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to import.</source>
        <translation>
            <numerusform>%Ln à importer.</numerusform>
            <numerusform>%Ln à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each bundle is imported whole or not at all.</source>
        <translation>Chaque lot est importé en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>What each bundle will change</source>
        <translation>Ce que chaque lot modifiera</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln bundle(s)</source>
        <translation>
            <numerusform>Importer %Ln lot</numerusform>
            <numerusform>Importer %Ln lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundles listed as ready</source>
        <translation>Importer les lots indiqués comme prêts</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Annuler : ne rien importer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>{who} ({role}), fingerprint {fingerprint}</source>
        <translation>{who} ({role}), empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field conflict(s) to resolve on the Conflicts tab</source>
        <translation>
            <numerusform>%Ln conflit de champ à résoudre dans l’onglet Conflits</numerusform>
            <numerusform>%Ln conflits de champ à résoudre dans l’onglet Conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>changes {range} of this sender never arrived: ask for the missing bundle or a full export</source>
        <translation>les modifications {range} de cet expéditeur ne sont jamais arrivées : demandez le lot manquant ou un export complet</translation>
    </message>
    <message>
        <source>Refused; it cannot be imported</source>
        <translation>Refusé ; il ne peut pas être importé</translation>
    </message>
    <message>
        <source>The same bundle as {file}; imported once</source>
        <translation>Même lot que {file} ; importé une seule fois</translation>
    </message>
    <message>
        <source>Not imported: you did not enrol the device</source>
        <translation>Non importé : vous n’avez pas inscrit l’appareil</translation>
    </message>
    <message>
        <source>Already imported: nothing will change</source>
        <translation>Déjà importé : rien ne changera</translation>
    </message>
    <message>
        <source>Ready; enrols the new device you confirmed</source>
        <translation>Prêt ; inscrit le nouvel appareil que vous avez confirmé</translation>
    </message>
    <message>
        <source>Ready; nothing new in it</source>
        <translation>Prêt ; il ne contient rien de nouveau</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Prêt à importer</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Question {number}: {text}</source>
        <translation>Question {number} : {text}</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>Does not count towards completeness</source>
        <translation>Ne compte pas dans la complétude</translation>
    </message>
    <message>
        <source>Key question</source>
        <translation>Question clé</translation>
    </message>
    <message>
        <source>A key question counts more and can decide the rating</source>
        <translation>Une question clé pèse davantage et peut déterminer la notation</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answer (a number)</source>
        <translation>Réponse (un nombre)</translation>
    </message>
    <message>
        <source>Answer (a date)</source>
        <translation>Réponse (une date)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Worked out by the application from the partner&apos;s records.</source>
        <translation>Calculé par l’application à partir des dossiers du partenaire.</translation>
    </message>
    <message>
        <source>Answer by attaching the files below.</source>
        <translation>Répondez en joignant les fichiers ci-dessous.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Evidence needed: a note</source>
        <translation>Justificatif requis : une note</translation>
    </message>
    <message>
        <source>Evidence needed: an attached file</source>
        <translation>Justificatif requis : un fichier joint</translation>
    </message>
    <message>
        <source>Evidence needed: a note or an attached file</source>
        <translation>Justificatif requis : une note ou un fichier joint</translation>
    </message>
    <message>
        <source>Evidence is still missing for this answer.</source>
        <translation>Il manque encore un justificatif pour cette réponse.</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Note justificative</translation>
    </message>
    <message>
        <source>Evidence note: what you saw, who said it</source>
        <translation>Note justificative : ce que vous avez constaté, qui l’a dit</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file as evidence</source>
        <translation>Joindre un fichier comme justificatif</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier sélectionné</translation>
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
        <translation>Rejoindre une organisation</translation>
    </message>
    <message>
        <source>1. Choose the organisation profile file HQ gave you (*.fporg).
2. Call HQ. Type the fingerprint HQ reads to you, character by character.</source>
        <translation>1. Choisissez le fichier de profil d’organisation que le siège vous a remis (*.fporg).
2. Appelez le siège. Saisissez l’empreinte que le siège vous lit, caractère par caractère.</translation>
    </message>
    <message>
        <source>Organisation profile file</source>
        <translation>Fichier de profil de l’organisation</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the organisation profile file</source>
        <translation>Choisir le fichier de profil de l’organisation</translation>
    </message>
    <message>
        <source>Profile file:</source>
        <translation>Fichier de profil :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>HQ&apos;s fingerprint, as read to you by HQ</source>
        <translation>Empreinte du siège, telle que le siège vous la lit</translation>
    </message>
    <message>
        <source>HQ&apos;s &amp;fingerprint:</source>
        <translation>&amp;Empreinte du siège :</translation>
    </message>
    <message>
        <source>Let HQ open this vault if the passphrase and recovery key are both lost</source>
        <translation>Permettre au siège d’ouvrir ce coffre si la phrase secrète et la clé de récupération sont toutes deux perdues</translation>
    </message>
    <message>
        <source>HQ escrow of this vault&apos;s key</source>
        <translation>Dépôt de la clé de ce coffre auprès du siège</translation>
    </message>
    <message>
        <source>Stores this vault&apos;s key encrypted to HQ in the vault&apos;s header, so HQ can recover the vault with its identity backup.</source>
        <translation>Enregistre dans l’en-tête du coffre la clé de ce coffre, chiffrée pour le siège, afin que le siège puisse récupérer le coffre avec sa sauvegarde d’identité.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation>Rejoindre l’organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Annuler l’adhésion</translation>
    </message>
    <message>
        <source>Choose the organisation profile</source>
        <translation>Choisir le profil de l’organisation</translation>
    </message>
    <message>
        <source>Organisation profiles (*.fporg);;All files (*)</source>
        <translation>Profils d’organisation (*.fporg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the profile…</source>
        <translation>Lecture du profil…</translation>
    </message>
    <message>
        <source>{name} (profile made {time})</source>
        <translation>{name} (profil créé le {time})</translation>
    </message>
    <message>
        <source>Now type the fingerprint HQ reads to you.</source>
        <translation>Saisissez maintenant l’empreinte que le siège vous lit.</translation>
    </message>
    <message>
        <source>This file cannot be used: {reason}</source>
        <translation>Ce fichier ne peut pas être utilisé : {reason}</translation>
    </message>
    <message>
        <source>This is not the fingerprint in the profile. Do not join: call HQ again and check it. If HQ reads the same fingerprint, the profile file may have been replaced; ask HQ for a new copy.</source>
        <translation>Ce n’est pas l’empreinte indiquée dans le profil. Ne rejoignez pas l’organisation : rappelez le siège et vérifiez-la. Si le siège lit la même empreinte, le fichier de profil a peut-être été remplacé ; demandez-en une nouvelle copie au siège.</translation>
    </message>
    <message>
        <source>Not joined: {reason}</source>
        <translation>Adhésion non effectuée : {reason}</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Adhésion…</translation>
    </message>
    <message>
        <source>Joining the organisation…</source>
        <translation>Adhésion à l’organisation…</translation>
    </message>
</context>
<context>
    <name>KeepPhotoDetails</name>
    <message>
        <source>Keep photos&apos; location and camera details</source>
        <translation>Garder la localisation et l&apos;appareil des photos</translation>
    </message>
    <message>
        <source>Keep the location and camera details of photos added now</source>
        <translation>Garder la localisation et l&apos;appareil des photos ajoutées maintenant</translation>
    </message>
    <message>
        <source>Off: photos are stored without their GPS position, camera and time taken. On: they keep them, and bundles to HQ carry them.</source>
        <translation>Désactivé : les photos sont enregistrées sans leur position GPS, leur appareil ni leur heure de prise de vue. Activé : elles les gardent, et les paquets pour le siège les transportent.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault and close this window</source>
        <translation>Verrouiller le coffre et fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Before a &amp;border crossing…</source>
        <translation>Avant un passage de &amp;frontière…</translation>
    </message>
    <message>
        <source>Send HQ what it lacks, then remove records from this laptop</source>
        <translation>Envoyer au siège ce qui lui manque, puis retirer des fiches de cet ordinateur</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>&amp;Effacement d’urgence…</translation>
    </message>
    <message>
        <source>Destroy this vault on this computer</source>
        <translation>Détruire ce coffre sur cet ordinateur</translation>
    </message>
    <message>
        <source>Connect to &amp;HQ database…</source>
        <translation>Connexion à la base du &amp;siège…</translation>
    </message>
    <message>
        <source>Open headquarters&apos; shared database in a window of its own</source>
        <translation>Ouvrir la base partagée du siège dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>The organisation name and logo printed on reports</source>
        <translation>Le nom et le logo de l’organisation imprimés sur les rapports</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;Problem report…</source>
        <translation>&amp;Rapport de problème…</translation>
    </message>
    <message>
        <source>What went wrong recently, to copy for whoever supports FieldPartner</source>
        <translation>Ce qui a échoué récemment, à copier pour la personne qui assure le support de FieldPartner</translation>
    </message>
    <message>
        <source>&amp;About FieldPartner</source>
        <translation>&amp;À propos de FieldPartner</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The vault locks itself after this time without use (see Settings)</source>
        <translation>Le coffre se verrouille automatiquement après ce délai d’inactivité (voir Paramètres)</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Coffre : {name}</translation>
    </message>
    <message>
        <source>HQ database · {person} ({role})</source>
        <translation>Base du siège · {person} ({role})</translation>
    </message>
    <message>
        <source>Only for a vault on this computer: HQ&apos;s database is kept by its server (backups, access and encryption: see the operator&apos;s guide)</source>
        <translation>Uniquement pour un coffre sur cet ordinateur : la base du siège est gérée par son serveur (sauvegardes, accès et chiffrement : voir le guide de l’exploitant)</translation>
    </message>
    <message>
        <source>Read only: you may look at everything, not change it</source>
        <translation>Lecture seule : vous pouvez tout consulter, sans rien modifier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) found</source>
        <translation>
            <numerusform>%Ln partenaire trouvé</numerusform>
            <numerusform>%Ln partenaires trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partenaire</numerusform>
            <numerusform>%Ln partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for the import to finish</source>
        <translation>
            <numerusform>%Ln modification attend la fin de l’importation</numerusform>
            <numerusform>%Ln modifications attendent la fin de l’importation</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing: changes you make now are saved after it</source>
        <translation>Importation en cours : les modifications faites maintenant seront enregistrées ensuite</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Locks in {time}</source>
        <translation>Verrouillage dans {time}</translation>
    </message>
    <message>
        <source>FieldPartner</source>
        <translation>FieldPartner</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault for a USB stick or another disk</source>
        <translation>Une copie chiffrée du coffre pour une clé USB ou un autre disque</translation>
    </message>
    <message>
        <source>&amp;Import partners from a spreadsheet…</source>
        <translation>&amp;Importer des partenaires depuis un tableur…</translation>
    </message>
    <message>
        <source>Partners and contacts from an .xlsx or .csv file, checked before anything is saved</source>
        <translation>Partenaires et contacts depuis un fichier .xlsx ou .csv, vérifiés avant tout enregistrement</translation>
    </message>
    <message>
        <source>Import an assessment &amp;template…</source>
        <translation>Importer un &amp;modèle d&apos;évaluation…</translation>
    </message>
    <message>
        <source>Check a template file, preview it, then add it to the vault</source>
        <translation>Vérifier un fichier de modèle, l&apos;aperçu, puis l&apos;ajouter au coffre</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before still open with the old one: make a new backup.</source>
        <translation>La phrase secrète a été changée. Les sauvegardes faites avant s&apos;ouvrent toujours avec l&apos;ancienne : faites une nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search this page&apos;s list, or the partners from a page without one</source>
        <translation>Rechercher dans la liste de cette page, ou dans les partenaires depuis une page sans liste</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>A short guide to FieldPartner&apos;s first steps</source>
        <translation>Un court guide des premiers pas dans FieldPartner</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Mark the action done</source>
        <translation>Marquer l’action comme terminée</translation>
    </message>
    <message>
        <source>Mark “{title}” done.</source>
        <translation>Marquer l’action « {title} » comme terminée.</translation>
    </message>
    <message>
        <source>&amp;Note (what was done, what remains):</source>
        <translation>&amp;Note (ce qui a été fait, ce qui reste à faire) :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Type to search partners</source>
        <translation>Saisissez du texte pour rechercher des partenaires</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>Due-diligence tier</source>
        <translation>Niveau de diligence raisonnable</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Qui répond</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>&amp;Répondant :</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date de l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>Év&amp;aluateurs :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create the assessment</source>
        <translation>Créer l’évaluation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation>Choisissez un partenaire dans la liste.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>Choose the due-diligence tier.</source>
        <translation>Choisissez le niveau de diligence raisonnable.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Too easy to guess: use four or more unrelated words.</source>
        <translation>Trop facile à deviner : utilisez au moins quatre mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Noms séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Animateurs :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create the workshop</source>
        <translation>Créer l’atelier</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>L’atelier ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The name and logo printed at the top of every report from this vault.</source>
        <translation>Le nom et le logo imprimés en haut de chaque rapport issu de ce coffre.</translation>
    </message>
    <message>
        <source>About the organisation settings</source>
        <translation>À propos des paramètres de l’organisation</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Leave empty to use the vault&apos;s name.</source>
        <translation>Laissez vide pour utiliser le nom du coffre.</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Choisir une image de logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Organisation status</source>
        <translation>État de l’organisation</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB.</source>
        <translation>PNG ou JPEG, 2 Mo au maximum.</translation>
    </message>
    <message>
        <source>Logo requirements</source>
        <translation>Exigences pour le logo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Enregistrer ou annuler</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Enregistrer l’organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The saved logo is damaged; choose it again: {reason}</source>
        <translation>Le logo enregistré est endommagé ; choisissez-le à nouveau : {reason}</translation>
    </message>
    <message>
        <source>The logo reports show</source>
        <translation>Le logo affiché dans les rapports</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>{file} cannot be the logo: it {reason}</source>
        <translation>{file} ne peut pas servir de logo : le fichier {reason}</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override a result</source>
        <translation>Modifier un résultat</translation>
    </message>
    <message>
        <source>Result to override</source>
        <translation>Résultat à modifier</translation>
    </message>
    <message>
        <source>Overall result</source>
        <translation>Résultat global</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>Calculé :</translation>
    </message>
    <message>
        <source>New rating or level</source>
        <translation>Nouvelle notation ou nouveau niveau</translation>
    </message>
    <message>
        <source>&amp;Set to:</source>
        <translation>&amp;Fixer à :</translation>
    </message>
    <message>
        <source>Why the result is overridden</source>
        <translation>Pourquoi le résultat est modifié</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Override the result</source>
        <translation>Modifier le résultat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PartnerImportDialog</name>
    <message>
        <source>Import partners from a spreadsheet</source>
        <translation>Importer des partenaires depuis un tableur</translation>
    </message>
    <message>
        <source>Partners and their contacts from an .xlsx or .csv file: one row per partner, or one row per contact with the partner&apos;s name repeated. Nothing is imported until every row passes the checks.</source>
        <translation>Les partenaires et leurs contacts depuis un fichier .xlsx ou .csv : une ligne par partenaire, ou une ligne par contact en répétant le nom du partenaire. Rien n&apos;est importé tant que toutes les lignes ne passent pas les vérifications.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Fichier du tableur</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choisir le tableur</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check every row without importing</source>
        <translation>Vérifier chaque ligne sans importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Importer toutes les lignes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>C&amp;olonnes :</translation>
    </message>
    <message>
        <source>&amp;Refused rows:</source>
        <translation>Lignes &amp;refusées :</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choisir un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Field for column {header}</source>
        <translation>Champ pour la colonne {header}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}. Check the columns, then press Check.</source>
        <translation>{rows} lignes lues dans {file}. Contrôlez les colonnes, puis appuyez sur Vérifier.</translation>
    </message>
    <message>
        <source>The columns changed: press Check again.</source>
        <translation>Les colonnes ont changé : appuyez de nouveau sur Vérifier.</translation>
    </message>
    <message>
        <source>Cannot check: {reason}</source>
        <translation>Vérification impossible : {reason}</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>Vérification de {rows} lignes…</translation>
    </message>
    <message>
        <source>{refused} of {rows} rows refused: nothing can be imported until they are corrected in the spreadsheet (or their columns mapped differently).</source>
        <translation>{refused} lignes sur {rows} refusées : rien ne peut être importé tant qu&apos;elles ne sont pas corrigées dans le tableur (ou leurs colonnes associées autrement).</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Le fichier n&apos;a aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Every row passed: {partners} new partners and {contacts} contacts will be imported.</source>
        <translation>Toutes les lignes sont acceptées : {partners} nouveaux partenaires et {contacts} contacts seront importés.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported {partners} new partners and {contacts} contacts.</source>
        <translation>{partners} nouveaux partenaires et {contacts} contacts importés.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé : {reason}</translation>
    </message>
</context>
<context>
    <name>PartnerListPage</name>
    <message>
        <source>Search partners</source>
        <translation>Rechercher des partenaires</translation>
    </message>
    <message>
        <source>Search by name, acronym, region, country or tag</source>
        <translation>Rechercher par nom, sigle, région, pays ou étiquette</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filtrer par phase</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Filter by partnership category</source>
        <translation>Filtrer par catégorie de partenariat</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Filter by last risk rating</source>
        <translation>Filtrer par dernière notation du risque</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toutes les notations</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Only partners with overdue actions</source>
        <translation>Seulement les partenaires ayant des actions en retard</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>This vault has no partners yet. Start with Add partner…; Help → Guide explains the first steps, from a partner to its assessment and plan.</source>
        <translation>Ce coffre n&apos;a encore aucun partenaire. Commencez par Ajouter un partenaire… ; Aide → Guide explique les premiers pas, du partenaire à son évaluation et à son plan.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Back to the list of partners</source>
        <translation>Retour à la liste des partenaires</translation>
    </message>
    <message>
        <source>Dossier report…</source>
        <translation>Rapport de dossier…</translation>
    </message>
    <message>
        <source>Preview, print or save the partner dossier</source>
        <translation>Afficher l’aperçu, imprimer ou enregistrer le dossier du partenaire</translation>
    </message>
    <message>
        <source>Partner sections</source>
        <translation>Sections du partenaire</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Plan de développement</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Ce partenaire n’existe plus.</translation>
    </message>
    <message>
        <source>Last risk rating</source>
        <translation>Dernière notation du risque</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>Open and overdue actions</source>
        <translation>Actions ouvertes et en retard</translation>
    </message>
    <message>
        <source>Next partnership dialogue</source>
        <translation>Prochain dialogue de partenariat</translation>
    </message>
    <message>
        <source>Risk: {rating}</source>
        <translation>Risque : {rating}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Last assessment: {kind}, {date} ({status})</source>
        <translation>Dernière évaluation : {kind}, {date} ({status})</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>Jamais évalué</translation>
    </message>
    <message>
        <source>Actions: {open} open, {overdue} overdue</source>
        <translation>Actions : {open} ouvertes, {overdue} en retard</translation>
    </message>
    <message>
        <source>No partnership dialogue held yet</source>
        <translation>Aucun dialogue de partenariat tenu à ce jour</translation>
    </message>
    <message>
        <source>Next dialogue: {date}</source>
        <translation>Prochain dialogue : {date}</translation>
    </message>
</context>
<context>
    <name>PartnerPickerDialog</name>
    <message>
        <source>Add participating partners</source>
        <translation>Ajouter des partenaires participants</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Rechercher des partenaires</translation>
    </message>
    <message>
        <source>Search by name, acronym, country or tag</source>
        <translation>Rechercher par nom, sigle, pays ou étiquette</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the selected partners</source>
        <translation>Ajouter les partenaires sélectionnés</translation>
    </message>
    <message>
        <source>Chosen: {names}</source>
        <translation>Choisis : {names}</translation>
    </message>
    <message>
        <source>Choose one or more partners to add.</source>
        <translation>Choisissez un ou plusieurs partenaires à ajouter.</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Last rating</source>
        <translation>Dernière notation</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>PassphraseAdvice</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Inutile d’ajouter des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont meilleurs.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches à la suite sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs de clavier courts sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et caractères répétés.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années liées à vous.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et années liées à vous.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C’est l’un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C’est l’un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C’est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots à l’envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme « @ » au lieu de « a » n’aident pas beaucoup.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the participant</source>
        <translation>Ajouter le participant</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Narrative report</source>
        <translation>Rapport narratif</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Rapport financier</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Visite de suivi</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Search actions</source>
        <translation>Rechercher des actions</translation>
    </message>
    <message>
        <source>Search action titles</source>
        <translation>Rechercher dans les titres des actions</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrer par partenaire</translation>
    </message>
    <message>
        <source>Partner name or acronym</source>
        <translation>Nom ou sigle du partenaire</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrer par origine</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Actions across partners</source>
        <translation>Actions de tous les partenaires</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;terminée…</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marquer l’action sélectionnée comme terminée</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>Modifier l’action sélectionnée</translation>
    </message>
    <message>
        <source>Open &amp;partner</source>
        <translation>Ouvrir le &amp;partenaire</translation>
    </message>
    <message>
        <source>Open the selected action&apos;s partner</source>
        <translation>Ouvrir le partenaire de l’action sélectionnée</translation>
    </message>
    <message>
        <source>Plan &amp; follow-ups</source>
        <translation>Plan &amp; suivis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Action non enregistrée</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>La modification n’a pas été enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Development plan actions</source>
        <translation>Actions du plan de développement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{status} (overdue)</source>
        <translation>{status} (en retard)</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>Add an action to this partner&apos;s development plan</source>
        <translation>Ajouter une action au plan de développement de ce partenaire</translation>
    </message>
    <message>
        <source>Action added to the plan</source>
        <translation>Action ajoutée au plan</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>Problem report</source>
        <translation>Rapport de problème</translation>
    </message>
    <message>
        <source>What went wrong recently, for whoever supports FieldPartner. It names the kind of each failure and where in the program it happened; it holds no partner, answer or other record content. Copy it into your message.</source>
        <translation>Ce qui a échoué récemment, pour la personne qui assure le support de FieldPartner. Le rapport indique le type de chaque échec et l’endroit du programme où il s’est produit ; il ne contient aucun partenaire, aucune réponse ni aucun autre contenu d’enregistrement. Copiez-le dans votre message.</translation>
    </message>
    <message>
        <source>No problem has been recorded.</source>
        <translation>Aucun problème n’a été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>compte {length} caractères ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>has {count} entries; the limit is {limit}</source>
        <translation>compte {count} éléments ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} n&apos;est pas l&apos;une des valeurs : {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a country code (such as KE, SD or CO)</source>
        <translation>{value} n&apos;est pas un code de pays (comme KE, SD ou CO)</translation>
    </message>
    <message>
        <source>{value} is not a currency code (such as GBP, EUR or USD)</source>
        <translation>{value} n&apos;est pas un code de devise (comme GBP, EUR ou USD)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{end} is before {start_field} ({start})</source>
        <translation>{end} est antérieur à « {start_field} » ({start})</translation>
    </message>
    <message>
        <source>{value} is negative; an amount must be 0 or more</source>
        <translation>{value} est négatif ; un montant doit être de 0 ou plus</translation>
    </message>
    <message>
        <source>This assessment is {status}: its answers are locked. Reopen it to make a new draft.</source>
        <translation>Cette évaluation est {status} : ses réponses sont verrouillées. Rouvrez-la pour créer un nouveau brouillon.</translation>
    </message>
    <message>
        <source>This vault belongs to no organisation yet: set it up on the Sync page first.</source>
        <translation>Ce coffre n&apos;appartient encore à aucune organisation : configurez-le d&apos;abord sur la page Synchronisation.</translation>
    </message>
    <message>
        <source>This bundle belongs to another organisation, not {name}.</source>
        <translation>Ce lot appartient à une autre organisation, pas à {name}.</translation>
    </message>
    <message>
        <source>The bundle claims to come from this vault, but another key signed it.</source>
        <translation>Le lot prétend venir de ce coffre, mais une autre clé l&apos;a signé.</translation>
    </message>
    <message>
        <source>This bundle is not from {name}&apos;s HQ (sender {device}, fingerprint {fingerprint}); field vaults accept bundles from HQ only.</source>
        <translation>Ce lot ne vient pas du siège de {name} (expéditeur {device}, empreinte {fingerprint}) ; les coffres de terrain n&apos;acceptent que les lots du siège.</translation>
    </message>
    <message>
        <source>Device {device} was revoked on {when}; its bundles are refused.</source>
        <translation>L&apos;appareil {device} a été révoqué le {when} ; ses lots sont refusés.</translation>
    </message>
    <message>
        <source>The bundle claims to come from device {device} but is signed by a different key (fingerprint {fingerprint}, enrolled {enrolled}).</source>
        <translation>Le lot prétend venir de l&apos;appareil {device} mais il est signé par une autre clé (empreinte {fingerprint}, enregistrée {enrolled}).</translation>
    </message>
    <message>
        <source>The fingerprint given does not match the unknown device {device} (its fingerprint is {fingerprint}).</source>
        <translation>L&apos;empreinte donnée ne correspond pas à l&apos;appareil inconnu {device} (son empreinte est {fingerprint}).</translation>
    </message>
    <message>
        <source>Unknown device {device} with fingerprint {fingerprint}: check the fingerprint with the device&apos;s user before trusting it.</source>
        <translation>Appareil inconnu {device}, empreinte {fingerprint} : vérifiez l&apos;empreinte avec l&apos;utilisateur de l&apos;appareil avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>This bundle is addressed to device {to}, not to this vault ({device}).</source>
        <translation>Ce lot est adressé à l&apos;appareil {to}, pas à ce coffre ({device}).</translation>
    </message>
    <message>
        <source>“{value}” is a float; give it as text or Decimal to keep it exact</source>
        <translation>« {value} » est un nombre à virgule flottante ; donnez-le en texte ou en Decimal pour qu’il reste exact</translation>
    </message>
    <message>
        <source>{value} has more than {limit} digits</source>
        <translation>{value} a plus de {limit} chiffres</translation>
    </message>
    <message>
        <source>an attachment must belong to a partner, an assessment or a workshop</source>
        <translation>une pièce jointe doit appartenir à un partenaire, une évaluation ou un atelier</translation>
    </message>
    <message>
        <source>the kind must be one of {kinds}</source>
        <translation>le type doit être l’un de {kinds}</translation>
    </message>
    <message>
        <source>the value must not be empty</source>
        <translation>la valeur ne doit pas être vide</translation>
    </message>
    <message>
        <source>{date} is set but the status is “{status}”</source>
        <translation>{date} est indiqué mais le statut est « {status} »</translation>
    </message>
    <message>
        <source>must be given when approving with conditions</source>
        <translation>doit être indiqué pour une approbation sous conditions</translation>
    </message>
    <message>
        <source>{date} is set but the status is “due”</source>
        <translation>{date} est indiqué mais le statut est « à rendre »</translation>
    </message>
    <message>
        <source>a {status} assessment becomes a draft only by reopening it, which clears {cleared} (still set: {kept})</source>
        <translation>une évaluation à l’état {status} ne redevient un brouillon qu’en la rouvrant, ce qui efface {cleared} (encore renseignés : {kept})</translation>
    </message>
    <message>
        <source>“{item}” names a template item, so it needs an assessment</source>
        <translation>« {item} » désigne un élément de modèle, il faut donc une évaluation</translation>
    </message>
    <message>
        <source>must be given</source>
        <translation>doit être indiqué</translation>
    </message>
    <message>
        <source>must be a list of channels</source>
        <translation>doit être une liste de moyens de contact</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>« {value} » n’est pas une date</translation>
    </message>
    <message>
        <source>“{value}” is not a file name (no folders)</source>
        <translation>« {value} » n’est pas un nom de fichier (sans dossiers)</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} n’est pas un montant</translation>
    </message>
    <message>
        <source>“{value}” is not the id of a record</source>
        <translation>« {value} » n’est pas l’identifiant d’une fiche</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>“{value}” is not an amount</source>
        <translation>« {value} » n’est pas un montant</translation>
    </message>
    <message>
        <source>give a participating partner or the person’s name</source>
        <translation>indiquez un partenaire participant ou le nom de la personne</translation>
    </message>
    <message>
        <source>must be given when the status is “terminated”</source>
        <translation>doit être indiqué quand le statut est « résilié »</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum} of {item}.</source>
        <translation>{value} dépasse le maximum {maximum} de {item}.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <source>yes, no, partly</source>
        <translation>yes, no, partly</translation>
    </message>
    <message>
        <source>yes, no, partly or not_applicable</source>
        <translation>yes, no, partly ou not_applicable</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>attachment references</source>
        <translation>des références de pièces jointes</translation>
    </message>
    <message>
        <source>a level of {values}</source>
        <translation>un niveau parmi {values}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>one of {values}</source>
        <translation>l’une des valeurs {values}</translation>
    </message>
    <message>
        <source>one or more of {values}</source>
        <translation>une ou plusieurs des valeurs {values}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes ou no</translation>
    </message>
    <message>
        <source>The action “{title}” is {status}, not proposed.</source>
        <translation>L’action « {title} » est {status}, pas proposée.</translation>
    </message>
    <message>
        <source>Assessment {id} is already a draft.</source>
        <translation>L’évaluation {id} est déjà un brouillon.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “{name}” ({org_id}).</source>
        <translation>Ce coffre appartient déjà à l’organisation « {name} » ({org_id}).</translation>
    </message>
    <message>
        <source>“{name}” is already listed as taking part</source>
        <translation>« {name} » figure déjà parmi les participants</translation>
    </message>
    <message>
        <source>The amount {amount} is negative.</source>
        <translation>Le montant {amount} est négatif.</translation>
    </message>
    <message>
        <source>{value} is below {minimum}: one partner’s answers would be shown as they are</source>
        <translation>{value} est inférieur à {minimum} : les réponses d’un partenaire seraient montrées telles quelles</translation>
    </message>
    <message>
        <source>{source}: the first row must name the columns item_id, answer, note.</source>
        <translation>{source} : la première ligne doit nommer les colonnes item_id, answer, note.</translation>
    </message>
    <message>
        <source>{source}: answer {number} is not an object.</source>
        <translation>{source} : la réponse {number} n’est pas un objet.</translation>
    </message>
    <message>
        <source>Row {row} ({item}): {problem}</source>
        <translation>Ligne {row} ({item}) : {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>{source}: {count} rows rejected, nothing was saved: {problems}</source>
        <translation>{source} : {count} lignes refusées, rien n’a été enregistré : {problems}</translation>
    </message>
    <message>
        <source>{source}: 1 row rejected, nothing was saved: {problems}</source>
        <translation>{source} : 1 ligne refusée, rien n’a été enregistré : {problems}</translation>
    </message>
    <message>
        <source>Only a final assessment can be approved, not a {status} one.</source>
        <translation>Seule une évaluation finale peut être approuvée, pas une évaluation à l’état {status}.</translation>
    </message>
    <message>
        <source>Assessment {id} has been deleted.</source>
        <translation>L’évaluation {id} a été supprimée.</translation>
    </message>
    <message>
        <source>Device {device} is revoked; nothing can be assigned to it.</source>
        <translation>L’appareil {device} est révoqué ; rien ne peut lui être attribué.</translation>
    </message>
    <message>
        <source>The contents of “{filename}” are missing from the vault (SHA-256 {sha256}).</source>
        <translation>Le contenu de « {filename} » manque dans le coffre (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>“{filename}” is damaged: its contents have SHA-256 {actual}, but {sha256} was recorded when it was attached.</source>
        <translation>« {filename} » est endommagé : son contenu a le SHA-256 {actual}, mais {sha256} a été enregistré lors de l’ajout.</translation>
    </message>
    <message>
        <source>“{name}” is {program}; programs are not kept as attachments</source>
        <translation>« {name} » est {program} ; les programmes ne sont pas conservés comme pièces jointes</translation>
    </message>
    <message>
        <source>“{name}” is {size}; the limit is {limit:g} MB</source>
        <translation>« {name} » fait {size} ; la limite est de {limit:g} Mo</translation>
    </message>
    <message>
        <source>The copy failed its check: {problems}</source>
        <translation>La copie n’a pas passé sa vérification : {problems}</translation>
    </message>
    <message>
        <source>{name} did not pass its check: {problems}</source>
        <translation>{name} n’a pas passé sa vérification : {problems}</translation>
    </message>
    <message>
        <source>A backup must go outside the vault’s own folder.</source>
        <translation>Une sauvegarde doit être placée hors du dossier du coffre.</translation>
    </message>
    <message>
        <source>{destination} is not a folder.</source>
        <translation>{destination} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The backup reminder takes {low} to {high} days, not {days}.</source>
        <translation>Le rappel de sauvegarde accepte de {low} à {high} jours, pas {days}.</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum} of {item}.</source>
        <translation>{value} est inférieur au minimum {minimum} de {item}.</translation>
    </message>
    <message>
        <source>{name} lacks attachments it should hold; nothing was removed.</source>
        <translation>Il manque à {name} des pièces jointes qu’il devrait contenir ; rien n’a été retiré.</translation>
    </message>
    <message>
        <source>{count} record(s) HQ has not acknowledged are not in {name}; nothing was removed.</source>
        <translation>{count} fiche(s) dont le siège n’a pas accusé réception manquent dans {name} ; rien n’a été retiré.</translation>
    </message>
    <message>
        <source>{name} is not the bundle just written (it was replaced or cut short); nothing was removed.</source>
        <translation>{name} n’est pas le lot qui vient d’être écrit (il a été remplacé ou tronqué) ; rien n’a été retiré.</translation>
    </message>
    <message>
        <source>The border bundle {name} does not read back ({reason}); nothing was removed.</source>
        <translation>Le lot de passage de frontière {name} ne se relit pas ({reason}) ; rien n’a été retiré.</translation>
    </message>
    <message>
        <source>Border mode is for a field vault; this vault is HQ.</source>
        <translation>Le mode frontière est destiné à un coffre de terrain ; ce coffre est celui du siège.</translation>
    </message>
    <message>
        <source>The bundle’s archive is damaged ({reason}).</source>
        <translation>L’archive du lot est endommagée ({reason}).</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 name.</source>
        <translation>{name} ne correspond pas à son nom SHA-256.</translation>
    </message>
    <message>
        <source>{label}: {problem}; nothing was imported.</source>
        <translation>{label} : {problem} ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle’s attachments can no longer be read.</source>
        <translation>Les pièces jointes du lot ne peuvent plus être lues.</translation>
    </message>
    <message>
        <source>The bundle has unexpected data after its archive.</source>
        <translation>Le lot contient des données inattendues après son archive.</translation>
    </message>
    <message>
        <source>The bundle’s archive has a damaged header (checksum).</source>
        <translation>L’archive du lot a un en-tête endommagé (somme de contrôle).</translation>
    </message>
    <message>
        <source>The bundle’s archive has a damaged header ({what}).</source>
        <translation>L’archive du lot a un en-tête endommagé ({what}).</translation>
    </message>
    <message>
        <source>{name} changed since the bundle was checked.</source>
        <translation>{name} a changé depuis la vérification du lot.</translation>
    </message>
    <message>
        <source>{name} does not match the hash in the signed manifest.</source>
        <translation>{name} ne correspond pas à l’empreinte du manifeste signé.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds a member with a non-ASCII name.</source>
        <translation>L’archive du lot contient un élément dont le nom n’est pas en ASCII.</translation>
    </message>
    <message>
        <source>{name} does not end with a newline.</source>
        <translation>{name} ne se termine pas par un saut de ligne.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}”, which is {what}, not a file; a bundle holds regular files only.</source>
        <translation>L’archive du lot contient « {name} », qui est {what} et non un fichier ; un lot ne contient que des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}” in a form other than POSIX ustar.</source>
        <translation>L’archive du lot contient « {name} » sous une forme autre que POSIX ustar.</translation>
    </message>
    <message>
        <source>{name} is too large ({size} bytes; at most {limit}).</source>
        <translation>{name} est trop volumineux ({size} octets ; au plus {limit}).</translation>
    </message>
    <message>
        <source>The bundle’s archive holds “{name}” twice.</source>
        <translation>L’archive du lot contient « {name} » deux fois.</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>The bundle’s members differ from its manifest</source>
        <translation>Les éléments du lot diffèrent de son manifeste</translation>
    </message>
    <message>
        <source>The bundle can no longer be read.</source>
        <translation>Le lot ne peut plus être lu.</translation>
    </message>
    <message>
        <source>The bundle has no signed manifest (manifest.json, manifest.sig).</source>
        <translation>Le lot n’a pas de manifeste signé (manifest.json, manifest.sig).</translation>
    </message>
    <message>
        <source>The bundle is damaged, truncated or not an age-encrypted FieldPartner bundle (age: {reason}).</source>
        <translation>Le lot est endommagé, tronqué ou n’est pas un lot FieldPartner chiffré avec age (age : {reason}).</translation>
    </message>
    <message>
        <source>The bundle’s records refer to records this vault does not have ({reason}); nothing was imported.</source>
        <translation>Les fiches du lot renvoient à des fiches absentes de ce coffre ({reason}) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The bundle’s sender {sender} claims the role “{role}”, which is not its role in this organisation.</source>
        <translation>L’expéditeur du lot {sender} revendique le rôle « {role} », qui n’est pas le sien dans cette organisation.</translation>
    </message>
    <message>
        <source>The bundle’s signature does not match its manifest: it was altered after it was signed.</source>
        <translation>La signature du lot ne correspond pas à son manifeste : il a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>Template {template} version {version} in the bundle differs from the one this vault holds; a template version never changes (a changed template needs a new version number).</source>
        <translation>Le modèle {template} version {version} du lot diffère de celui de ce coffre ; une version de modèle ne change jamais (un modèle modifié demande un nouveau numéro de version).</translation>
    </message>
    <message>
        <source>The bundle is larger than {limit} bytes.</source>
        <translation>Le lot dépasse {limit} octets.</translation>
    </message>
    <message>
        <source>The bundle holds more than {limit} members.</source>
        <translation>Le lot contient plus de {limit} éléments.</translation>
    </message>
    <message>
        <source>The bundle’s archive is truncated ({what}).</source>
        <translation>L’archive du lot est tronquée ({what}).</translation>
    </message>
    <message>
        <source>The bundle’s archive holds an unexpected member “{name}”.</source>
        <translation>L’archive du lot contient un élément inattendu « {name} ».</translation>
    </message>
    <message>
        <source>The bundle has format version {version}; this FieldPartner reads version {readable} (it was written by a newer FieldPartner).</source>
        <translation>Le lot est au format version {version} ; ce FieldPartner lit la version {readable} (il a été écrit par un FieldPartner plus récent).</translation>
    </message>
    <message>
        <source>The bundle has format version {version}; this FieldPartner reads version {readable}.</source>
        <translation>Le lot est au format version {version} ; ce FieldPartner lit la version {readable}.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “{name}”; it cannot join another.</source>
        <translation>Ce coffre appartient déjà à l’organisation « {name} » ; il ne peut pas en rejoindre une autre.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <source>Cannot read the identity backup {file}: {reason}</source>
        <translation>Impossible de lire la sauvegarde d’identité {file} : {reason}</translation>
    </message>
    <message>
        <source>Cannot read the profile {file}: {reason}</source>
        <translation>Impossible de lire le profil {file} : {reason}</translation>
    </message>
    <message>
        <source>{source}: cell {cell} is longer than {limit} characters.</source>
        <translation>{source} : la cellule {cell} dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>A self-assessment compares only with the same template version.</source>
        <translation>Une auto-évaluation ne se compare qu’avec la même version du modèle.</translation>
    </message>
    <message>
        <source>Item {item} is computed by the application, not answered.</source>
        <translation>L’élément {item} est calculé par l’application, on n’y répond pas.</translation>
    </message>
    <message>
        <source>Conflict {id} is already resolved ({resolution}).</source>
        <translation>Le conflit {id} est déjà résolu ({resolution}).</translation>
    </message>
    <message>
        <source>{kind} {label} ({id}) was changed by {author} at {when} after this edit began; nothing was saved: reopen it to see their change, then edit again.</source>
        <translation>{kind} {label} ({id}) a été modifié par {author} le {when} après le début de cette modification ; rien n&apos;a été enregistré : rouvrez-le pour voir sa modification, puis modifiez à nouveau.</translation>
    </message>
    <message>
        <source>{kind} {label} ({id}) was changed on another device at {when} after this edit began; nothing was saved: reopen it to see the change, then edit again.</source>
        <translation>{kind} {label} ({id}) a été modifié sur un autre appareil le {when} après le début de cette modification ; rien n&apos;a été enregistré : rouvrez-le pour voir la modification, puis modifiez à nouveau.</translation>
    </message>
    <message>
        <source>{person} is a {role} in HQ&apos;s database and may not {action} (only a {needed} may); nothing was changed.</source>
        <translation>{person} a le rôle {role} dans la base du siège et ne peut pas {action} (seul le rôle {needed} le peut) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Conflict {id} on {kind} {record} is already resolved ({resolution}) by {author} at {when}.</source>
        <translation>Le conflit {id} sur {kind} {record} est déjà résolu ({resolution}) par {author} le {when}.</translation>
    </message>
    <message>
        <source>contact {field}: {problem}</source>
        <translation>contact, {field} : {problem}</translation>
    </message>
    <message>
        <source>contact “{name}” is already in row {row}</source>
        <translation>le contact « {name} » figure déjà à la ligne {row}</translation>
    </message>
    <message>
        <source>contact “{name}” is already a contact of this partner</source>
        <translation>« {name} » est déjà un contact de ce partenaire</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>une photo HEIC</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>“{name}” is named as {named} but its content is {content}</source>
        <translation>« {name} » est nommé comme {named}, mais son contenu est {content}</translation>
    </message>
    <message>
        <source>“{name}” is named as text but its content is {content}</source>
        <translation>« {name} » est nommé comme du texte, mais son contenu est {content}</translation>
    </message>
    <message>
        <source>an older Office document</source>
        <translation>un ancien document Office</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>une image TIFF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>une image WebP</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>une archive ZIP (ou un fichier Word, Excel ou OpenDocument)</translation>
    </message>
    <message>
        <source>answered covered needs a note naming the earlier assessment</source>
        <translation>une réponse « couvert » demande une note nommant l’évaluation antérieure</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text; save it again as “CSV UTF-8” or as .xlsx.</source>
        <translation>{source} n’est pas du texte UTF-8 ; enregistrez-le à nouveau en « CSV UTF-8 » ou en .xlsx.</translation>
    </message>
    <message>
        <source>The unwrapped database key has the wrong length.</source>
        <translation>La clé de base de données déchiffrée n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>{file} is missing; the vault cannot be opened.</source>
        <translation>{file} est introuvable ; le coffre ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>vault.db cannot be read: {reason}</source>
        <translation>vault.db ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>A decision must be given to approve an assessment.</source>
        <translation>Une décision doit être indiquée pour approuver une évaluation.</translation>
    </message>
    <message>
        <source>No assessment template was found for the demo.</source>
        <translation>Aucun modèle d’évaluation n’a été trouvé pour la démonstration.</translation>
    </message>
    <message>
        <source>No template can be used for the demo’s assessments.</source>
        <translation>Aucun modèle ne peut servir aux évaluations de la démonstration.</translation>
    </message>
    <message>
        <source>“{device_id}” names more than one device; give more characters.</source>
        <translation>« {device_id} » désigne plusieurs appareils ; donnez plus de caractères.</translation>
    </message>
    <message>
        <source>{field}: “{value}” differs from “{held}” in row {row}</source>
        <translation>{field} : « {value} » diffère de « {held} » à la ligne {row}</translation>
    </message>
    <message>
        <source>{field}: “{value}” differs from “{held}” in the vault</source>
        <translation>{field} : « {value} » diffère de « {held} » dans le coffre</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the vault’s passphrase.</source>
        <translation>La phrase secrète de contrainte doit différer de celle du coffre.</translation>
    </message>
    <message>
        <source>{source}: the sheet is empty (no header row).</source>
        <translation>{source} : la feuille est vide (pas de ligne d’en-tête).</translation>
    </message>
    <message>
        <source>The escrow slot does not open with this HQ identity ({reason}).</source>
        <translation>L’emplacement de dépôt ne s’ouvre pas avec cette identité du siège ({reason}).</translation>
    </message>
    <message>
        <source>The vault’s escrow slot is for {recipient}, but {name} holds the identity of {held}: use the identity backup of the HQ this vault joined.</source>
        <translation>L’emplacement de dépôt du coffre est destiné à {recipient}, mais {name} contient l’identité de {held} : utilisez la sauvegarde d’identité du siège que ce coffre a rejoint.</translation>
    </message>
    <message>
        <source>{target} is a file; a CSV export needs a folder (or a name ending in .zip).</source>
        <translation>{target} est un fichier ; un export CSV demande un dossier (ou un nom se terminant par .zip).</translation>
    </message>
    <message>
        <source>{kind} {record_id}: revision {rev} claims to be an automatic merge but is not the merge of its parents; device {sender} sent it.</source>
        <translation>{kind} {record_id} : la révision {rev} se présente comme une fusion automatique mais n’est pas la fusion de ses parents ; l’appareil {sender} l’a envoyée.</translation>
    </message>
    <message>
        <source>use a few unrelated words</source>
        <translation>utilisez quelques mots sans rapport entre eux</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>« {name} » : {problem}</translation>
    </message>
    <message>
        <source>Cannot finalise: {count} questions to complete: {questions}</source>
        <translation>Impossible de finaliser : {count} questions à compléter : {questions}</translation>
    </message>
    <message>
        <source>Cannot finalise: 1 question to complete: {questions}</source>
        <translation>Impossible de finaliser : 1 question à compléter : {questions}</translation>
    </message>
    <message>
        <source>{source}: cell {cell} holds a formula whose value was never saved; open the file in a spreadsheet, save it, and import again (or paste the values).</source>
        <translation>{source} : la cellule {cell} contient une formule dont la valeur n’a jamais été enregistrée ; ouvrez le fichier dans un tableur, enregistrez-le et importez à nouveau (ou collez les valeurs).</translation>
    </message>
    <message>
        <source>vault.json is empty (the vault header was truncated or wiped).</source>
        <translation>vault.json est vide (l’en-tête du coffre a été tronqué ou effacé).</translation>
    </message>
    <message>
        <source>vault.json: $.keys.escrow.recipient is not an age recipient.</source>
        <translation>vault.json : $.keys.escrow.recipient n’est pas un destinataire age.</translation>
    </message>
    <message>
        <source>vault.json: $.kdf: {reason}</source>
        <translation>vault.json : $.kdf : {reason}</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is missing.</source>
        <translation>vault.json : {path}.{key} est absent.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is not valid base64.</source>
        <translation>vault.json : {path}.{key} n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must be an integer, not {value}.</source>
        <translation>vault.json : {path}.{key} doit être un entier, pas {value}.</translation>
    </message>
    <message>
        <source>vault.json is damaged or truncated (not valid JSON: {reason}).</source>
        <translation>vault.json est endommagé ou tronqué (JSON non valide : {reason}).</translation>
    </message>
    <message>
        <source>vault.json: {path} must be an object.</source>
        <translation>vault.json : {path} doit être un objet.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must be a non-empty string.</source>
        <translation>vault.json : {path}.{key} doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>vault.json on disk is not this vault’s.</source>
        <translation>Le vault.json sur le disque n’est pas celui de ce coffre.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} is {value}; expected {wanted}.</source>
        <translation>vault.json : {path}.{key} vaut {value} ; {wanted} était attendu.</translation>
    </message>
    <message>
        <source>vault.json: $.vault_id {vault_id} is not a UUID.</source>
        <translation>vault.json : $.vault_id {vault_id} n’est pas un UUID.</translation>
    </message>
    <message>
        <source>vault.json has version {version}; this FieldPartner reads vault format {readable} (the vault was made by a newer version).</source>
        <translation>vault.json est en version {version} ; ce FieldPartner lit le format de coffre {readable} (le coffre a été créé par une version plus récente).</translation>
    </message>
    <message>
        <source>vault.json has version {version}; this FieldPartner reads vault format {readable}.</source>
        <translation>vault.json est en version {version} ; ce FieldPartner lit le format de coffre {readable}.</translation>
    </message>
    <message>
        <source>vault.json: the format is {fmt}; this is not a FieldPartner vault.</source>
        <translation>vault.json : le format est {fmt} ; ce n’est pas un coffre FieldPartner.</translation>
    </message>
    <message>
        <source>vault.json: {path}.{key} must decode to {length} bytes, not {count}.</source>
        <translation>vault.json : {path}.{key} doit se décoder en {length} octets, pas {count}.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: the history is incomplete ({missing} is missing).</source>
        <translation>{kind} {record_id} : l’historique est incomplet ({missing} manque).</translation>
    </message>
    <message>
        <source>HQ’s own vault has no one to escrow its key to.</source>
        <translation>Le coffre du siège n’a personne auprès de qui déposer sa clé.</translation>
    </message>
    <message>
        <source>This vault is the organisation’s HQ; it cannot join its own profile.</source>
        <translation>Ce coffre est le siège de l’organisation ; il ne peut pas rejoindre son propre profil.</translation>
    </message>
    <message>
        <source>The fingerprint “{given}” does not match HQ’s key in this profile ({fingerprint}); do not join: the profile may have been replaced.</source>
        <translation>L’empreinte « {given} » ne correspond pas à la clé du siège dans ce profil ({fingerprint}) ; ne rejoignez pas : le profil a peut-être été remplacé.</translation>
    </message>
    <message>
        <source>Only HQ’s vault enrols, revokes and assigns devices.</source>
        <translation>Seul le coffre du siège inscrit, révoque et affecte des appareils.</translation>
    </message>
    <message>
        <source>{file} holds a damaged age identity.</source>
        <translation>{file} contient une identité age endommagée.</translation>
    </message>
    <message>
        <source>{file} is not an HQ identity backup: it must hold exactly one AGE-SECRET-KEY-1… line, not {count}.</source>
        <translation>{file} n’est pas une sauvegarde d’identité du siège : il doit contenir exactement une ligne AGE-SECRET-KEY-1…, pas {count}.</translation>
    </message>
    <message>
        <source>{file} is too large to be an HQ identity backup.</source>
        <translation>{file} est trop volumineux pour être une sauvegarde d’identité du siège.</translation>
    </message>
    <message>
        <source>{what}.device_id is missing or not an id.</source>
        <translation>{what}.device_id est absent ou n’est pas un identifiant.</translation>
    </message>
    <message>
        <source>{what}.fingerprint does not match its keys.</source>
        <translation>{what}.fingerprint ne correspond pas à ses clés.</translation>
    </message>
    <message>
        <source>{what} is not valid base64.</source>
        <translation>{what} n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>{what} must be base64 text.</source>
        <translation>{what} doit être du texte base64.</translation>
    </message>
    <message>
        <source>{what} must be an object.</source>
        <translation>{what} doit être un objet.</translation>
    </message>
    <message>
        <source>{what}.recipient is not a valid age X25519 recipient.</source>
        <translation>{what}.recipient n’est pas un destinataire age X25519 valide.</translation>
    </message>
    <message>
        <source>{what}.recipient is not an age recipient.</source>
        <translation>{what}.recipient n’est pas un destinataire age.</translation>
    </message>
    <message>
        <source>{what} must be {length} bytes, not {count}.</source>
        <translation>{what} doit faire {length} octets, pas {count}.</translation>
    </message>
    <message>
        <source>the image is {width} x {height} pixels; images above {limit:,} pixels are not redacted</source>
        <translation>l’image fait {width} x {height} pixels ; les images de plus de {limit:,} pixels ne sont pas expurgées</translation>
    </message>
    <message>
        <source>the image cannot be read to remove its metadata: {reason}</source>
        <translation>l’image ne peut pas être lue pour en retirer les métadonnées : {reason}</translation>
    </message>
    <message>
        <source>{source}: {count} rows refused, nothing was imported: {rows}</source>
        <translation>{source} : {count} lignes refusées, rien n’a été importé : {rows}</translation>
    </message>
    <message>
        <source>{source}: 1 row refused, nothing was imported: {rows}</source>
        <translation>{source} : 1 ligne refusée, rien n’a été importé : {rows}</translation>
    </message>
    <message>
        <source>{item} is already answered in row {row}</source>
        <translation>{item} a déjà une réponse à la ligne {row}</translation>
    </message>
    <message>
        <source>Item {item} {reason}</source>
        <translation>Élément {item} : {reason}</translation>
    </message>
    <message>
        <source>{item} does not apply to the {tier} tier</source>
        <translation>{item} ne s’applique pas au niveau {tier}</translation>
    </message>
    <message>
        <source>Argon2id iterations {iterations} is above the limit of {limit}.</source>
        <translation>Le nombre d’itérations Argon2id {iterations} dépasse la limite de {limit}.</translation>
    </message>
    <message>
        <source>Argon2id iterations {iterations} is below the floor of {floor}.</source>
        <translation>Le nombre d’itérations Argon2id {iterations} est inférieur au plancher de {floor}.</translation>
    </message>
    <message>
        <source>Argon2id lanes {lanes} is outside 1..64.</source>
        <translation>Le nombre de voies Argon2id {lanes} est hors de 1..64.</translation>
    </message>
    <message>
        <source>Argon2id memory {memory_kib} KiB is above the limit of {limit} KiB.</source>
        <translation>La mémoire Argon2id {memory_kib} Kio dépasse la limite de {limit} Kio.</translation>
    </message>
    <message>
        <source>Argon2id memory {memory_kib} KiB is below the floor of {floor} KiB.</source>
        <translation>La mémoire Argon2id {memory_kib} Kio est inférieure au plancher de {floor} Kio.</translation>
    </message>
    <message>
        <source>The Argon2id salt must be {length} bytes, not {count}.</source>
        <translation>Le sel Argon2id doit faire {length} octets, pas {count}.</translation>
    </message>
    <message>
        <source>The key does not open vault.db (the database does not belong to this vault.json, or its first 16 bytes are damaged).</source>
        <translation>La clé n’ouvre pas vault.db (la base n’appartient pas à ce vault.json, ou ses 16 premiers octets sont endommagés).</translation>
    </message>
    <message>
        <source>Lock after {minutes} minutes: choose {low} to {high}.</source>
        <translation>Verrouiller après {minutes} minutes : choisissez de {low} à {high}.</translation>
    </message>
    <message>
        <source>The organisation logo is damaged: its contents have SHA-256 {actual}, but {digest} was recorded when it was set.</source>
        <translation>Le logo de l’organisation est endommagé : son contenu a le SHA-256 {actual}, mais {digest} a été enregistré lors de son choix.</translation>
    </message>
    <message>
        <source>The organisation logo is missing from the vault (SHA-256 {digest}).</source>
        <translation>Le logo de l’organisation manque dans le coffre (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>The organisation logo setting “{digest}” is not a SHA-256.</source>
        <translation>Le réglage du logo de l’organisation « {digest} » n’est pas un SHA-256.</translation>
    </message>
    <message>
        <source>lowering the due-diligence tier from {reference} to {tier} needs a reason</source>
        <translation>abaisser le niveau de diligence raisonnable de {reference} à {tier} demande une raison</translation>
    </message>
    <message>
        <source>Manifest: {problem}</source>
        <translation>Manifeste : {problem}</translation>
    </message>
    <message>
        <source>manifest.json does not describe a FieldPartner bundle.</source>
        <translation>manifest.json ne décrit pas un lot FieldPartner.</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON.</source>
        <translation>manifest.json n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The manifest counts {revisions} revisions but the bundle holds {count}.</source>
        <translation>Le manifeste compte {revisions} révisions mais le lot en contient {count}.</translation>
    </message>
    <message>
        <source>Manifest: sender.role must be hq or device.</source>
        <translation>Manifeste : sender.role doit valoir hq ou device.</translation>
    </message>
    <message>
        <source>Manifest: sequence.after must be between 0 and sequence.through.</source>
        <translation>Manifeste : sequence.after doit être entre 0 et sequence.through.</translation>
    </message>
    <message>
        <source>Manifest: created_at “{created_at}” is not a UTC time.</source>
        <translation>Manifeste : created_at « {created_at} » n’est pas une heure UTC.</translation>
    </message>
    <message>
        <source>Manifest: unexpected member “{name}”.</source>
        <translation>Manifeste : élément inattendu « {name} ».</translation>
    </message>
    <message>
        <source>More than one column is mapped to {field}.</source>
        <translation>Plusieurs colonnes sont associées à {field}.</translation>
    </message>
    <message>
        <source>missing {names}</source>
        <translation>manquants : {names}</translation>
    </message>
    <message>
        <source>not listed {names}</source>
        <translation>non listés : {names}</translation>
    </message>
    <message>
        <source>answered not applicable needs a note saying why</source>
        <translation>une réponse « sans objet » demande une note expliquant pourquoi</translation>
    </message>
    <message>
        <source>No column is mapped to the partner’s name.</source>
        <translation>Aucune colonne n’est associée au nom du partenaire.</translation>
    </message>
    <message>
        <source>answered “{value}” needs evidence (a note or an attached file)</source>
        <translation>la réponse « {value} » demande une preuve (une note ou une pièce jointe)</translation>
    </message>
    <message>
        <source>answered “{value}” needs an attached file as evidence</source>
        <translation>la réponse « {value} » demande une pièce jointe comme preuve</translation>
    </message>
    <message>
        <source>answered “{value}” needs an evidence note</source>
        <translation>la réponse « {value} » demande une note justificative</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>La nouvelle phrase secrète est vide.</translation>
    </message>
    <message>
        <source>No action with id {id}.</source>
        <translation>Aucune action avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>No assessment with id {id}.</source>
        <translation>Aucune évaluation avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>Aucun contact avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered “covered by an earlier assessment”.</source>
        <translation>L’élément {item} ne peut pas recevoir la réponse « couvert par une évaluation antérieure ».</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered “don’t know”.</source>
        <translation>L’élément {item} ne peut pas recevoir la réponse « ne sait pas ».</translation>
    </message>
    <message>
        <source>No enrolled device “{device_id}”.</source>
        <translation>Aucun appareil inscrit « {device_id} ».</translation>
    </message>
    <message>
        <source>{file} has no HQ escrow slot (keys.escrow): this vault was never escrowed to HQ; recover it with its recovery key instead.</source>
        <translation>{file} n’a pas d’emplacement de dépôt auprès du siège (keys.escrow) : la clé de ce coffre n’a jamais été déposée auprès du siège ; récupérez-le plutôt avec sa clé de récupération.</translation>
    </message>
    <message>
        <source>{kind} {record_id} has no head revision.</source>
        <translation>{kind} {record_id} n’a pas de révision de tête.</translation>
    </message>
    <message>
        <source>no item_id</source>
        <translation>pas d’item_id</translation>
    </message>
    <message>
        <source>Item {item} cannot be answered not applicable.</source>
        <translation>L’élément {item} ne peut pas recevoir la réponse « sans objet ».</translation>
    </message>
    <message>
        <source>No partner with id {id}.</source>
        <translation>Aucun partenaire avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>No partner was named.</source>
        <translation>Aucun partenaire n’a été nommé.</translation>
    </message>
    <message>
        <source>No partner with id or name “{name}”.</source>
        <translation>Aucun partenaire avec l’identifiant ou le nom « {name} ».</translation>
    </message>
    <message>
        <source>No project with id {id}.</source>
        <translation>Aucun projet avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>No result “{result}” to override ({known}).</source>
        <translation>Aucun résultat « {result} » à modifier ({known}).</translation>
    </message>
    <message>
        <source>Template {template} version {version} has no item “{item}”.</source>
        <translation>Le modèle {template} version {version} n’a pas d’élément « {item} ».</translation>
    </message>
    <message>
        <source>{source} has no sheet named “{sheet}”.</source>
        <translation>{source} n’a pas de feuille nommée « {sheet} ».</translation>
    </message>
    <message>
        <source>No template {key} in the library.</source>
        <translation>Aucun modèle {key} dans la bibliothèque.</translation>
    </message>
    <message>
        <source>No template {which} in the vault.</source>
        <translation>Aucun modèle {which} dans le coffre.</translation>
    </message>
    <message>
        <source>No workshop with id {id}.</source>
        <translation>Aucun atelier avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>“{field}” is not a field of a {kind}.</source>
        <translation>« {field} » n’est pas un champ de l’élément {kind}.</translation>
    </message>
    <message>
        <source>The respondent must be assessor or partner_self, not “{respondent}”.</source>
        <translation>Le répondant doit être assessor ou partner_self, pas « {respondent} ».</translation>
    </message>
    <message>
        <source>{file}: not a spreadsheet this can read (.xlsx or .csv).</source>
        <translation>{file} : ce n’est pas un tableur lisible ici (.xlsx ou .csv).</translation>
    </message>
    <message>
        <source>Tier “{tier}” is not one of template {template}’s tiers: {tiers}.</source>
        <translation>Le niveau « {tier} » n’est pas l’un des niveaux du modèle {template} : {tiers}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid {type} value.</source>
        <translation>{field} : « {text} » n’est pas une valeur {type} valide.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or the vault was wiped.</source>
        <translation>{path} est introuvable : ce dossier n’est pas un coffre, ou le coffre a été effacé.</translation>
    </message>
    <message>
        <source>“{value}” is not a {vocabulary} word ({words}).</source>
        <translation>« {value} » n’est pas un terme de {vocabulary} ({words}).</translation>
    </message>
    <message>
        <source>“{value}” is not an answer to {item}: expected {expected}.</source>
        <translation>« {value} » n’est pas une réponse à {item} : attendu {expected}.</translation>
    </message>
    <message>
        <source>{source}: expected a list of answers.</source>
        <translation>{source} : une liste de réponses était attendue.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>{source}: not readable as CSV ({reason}).</source>
        <translation>{source} : illisible en CSV ({reason}).</translation>
    </message>
    <message>
        <source>Not fields an import fills: {fields}.</source>
        <translation>Ce ne sont pas des champs qu’un import remplit : {fields}.</translation>
    </message>
    <message>
        <source>{source} is not JSON: {problem} at line {line}.</source>
        <translation>{source} n’est pas du JSON : {problem} à la ligne {line}.</translation>
    </message>
    <message>
        <source>{name} is not a JSON number.</source>
        <translation>{name} n’est pas un nombre JSON.</translation>
    </message>
    <message>
        <source>Assessment {id} is not a self-assessment.</source>
        <translation>L’évaluation {id} n’est pas une auto-évaluation.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>« {value} » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>{source} is not an XLSX workbook.</source>
        <translation>{source} n’est pas un classeur XLSX.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>L’organisation doit avoir un nom.</translation>
    </message>
    <message>
        <source>Only a final assessment’s results can be overridden, not a {status} one.</source>
        <translation>Seuls les résultats d’une évaluation finale peuvent être modifiés, pas ceux d’une évaluation à l’état {status}.</translation>
    </message>
    <message>
        <source>An override needs a justification.</source>
        <translation>Une modification de résultat demande une justification.</translation>
    </message>
    <message>
        <source>Template {template} does not allow overriding its results.</source>
        <translation>Le modèle {template} ne permet pas de modifier ses résultats.</translation>
    </message>
    <message>
        <source>has been removed from the workshop</source>
        <translation>a été retiré de l’atelier</translation>
    </message>
    <message>
        <source>Partner “{name}” has been deleted.</source>
        <translation>Le partenaire « {name} » a été supprimé.</translation>
    </message>
    <message>
        <source>{count} partners in the vault are named “{name}”; add this contact in the window</source>
        <translation>{count} partenaires du coffre s’appellent « {name} » ; ajoutez ce contact dans la fenêtre</translation>
    </message>
    <message>
        <source>{count} partners are named “{name}” ({ids}); use the id.</source>
        <translation>{count} partenaires s’appellent « {name} » ({ids}) ; utilisez l’identifiant.</translation>
    </message>
    <message>
        <source>Partner “{name}” is not assigned to device {device}.</source>
        <translation>Le partenaire « {name} » n’est pas affecté à l’appareil {device}.</translation>
    </message>
    <message>
        <source>The HQ database is closed.</source>
        <translation>La base de données du siège est fermée.</translation>
    </message>
    <message>
        <source>The database {url} already holds tables ({tables}…); HQ is made in an empty database.</source>
        <translation>La base de données {url} contient déjà des tables ({tables}…) ; le siège se crée dans une base vide.</translation>
    </message>
    <message>
        <source>HQ on PostgreSQL needs psycopg: pip install &apos;fieldpartner[hq]&apos;.</source>
        <translation>Le siège sur PostgreSQL a besoin de psycopg : pip install &apos;fieldpartner[hq]&apos;.</translation>
    </message>
    <message>
        <source>{url} is not a FieldPartner HQ database (make one with `fieldpartner-cli hq init`).</source>
        <translation>{url} n&apos;est pas une base de siège FieldPartner (créez-en une avec `fieldpartner-cli hq init`).</translation>
    </message>
    <message>
        <source>The HQ database&apos;s schema is at migration {revision}, which this FieldPartner does not know (it was upgraded by a newer version).</source>
        <translation>Le schéma de la base du siège est à la migration {revision}, que ce FieldPartner ne connaît pas (une version plus récente l&apos;a mis à jour).</translation>
    </message>
    <message>
        <source>The sealed setting {setting} does not open with HQ&apos;s key (it was altered).</source>
        <translation>Le réglage scellé {setting} ne s&apos;ouvre pas avec la clé du siège (il a été modifié).</translation>
    </message>
    <message>
        <source>The setting {setting} is damaged.</source>
        <translation>Le réglage {setting} est endommagé.</translation>
    </message>
    <message>
        <source>The setting {setting} is missing.</source>
        <translation>Le réglage {setting} est absent.</translation>
    </message>
    <message>
        <source>The setting {setting} has an unknown format.</source>
        <translation>Le réglage {setting} a un format inconnu.</translation>
    </message>
    <message>
        <source>The vault holds tables this FieldPartner does not know: {tables}.</source>
        <translation>Le coffre contient des tables que ce FieldPartner ne connaît pas : {tables}.</translation>
    </message>
    <message>
        <source>Cannot use the HQ database {url}: {reason}</source>
        <translation>Impossible d&apos;utiliser la base du siège {url} : {reason}</translation>
    </message>
    <message>
        <source>An HQ database is named by a postgresql://… URL.</source>
        <translation>Une base de siège se désigne par une URL postgresql://….</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>Impossible d&apos;utiliser {url} : {reason}</translation>
    </message>
    <message>
        <source>The passphrase does not open this HQ database.</source>
        <translation>La phrase de passe n&apos;ouvre pas cette base du siège.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>{file}: {key} is missing.</source>
        <translation>{file} : {key} est absent.</translation>
    </message>
    <message>
        <source>{file} is not a FieldPartner organisation profile.</source>
        <translation>{file} n’est pas un profil d’organisation FieldPartner.</translation>
    </message>
    <message>
        <source>{file} is not an organisation profile (not JSON).</source>
        <translation>{file} n’est pas un profil d’organisation (pas du JSON).</translation>
    </message>
    <message>
        <source>{file}: the profile’s signature does not match its content.</source>
        <translation>{file} : la signature du profil ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>The profile’s templates hold a record that is not a template.</source>
        <translation>Les modèles du profil contiennent une fiche qui n’est pas un modèle.</translation>
    </message>
    <message>
        <source>{file}: templates must be a list of revision lines.</source>
        <translation>{file} : templates doit être une liste de lignes de révision.</translation>
    </message>
    <message>
        <source>{file} is too large to be an organisation profile.</source>
        <translation>{file} est trop volumineux pour être un profil d’organisation.</translation>
    </message>
    <message>
        <source>{file} has profile version {version}; this FieldPartner reads version {readable}.</source>
        <translation>{file} est un profil de version {version} ; ce FieldPartner lit la version {readable}.</translation>
    </message>
    <message>
        <source>a Linux program</source>
        <translation>un programme Linux</translation>
    </message>
    <message>
        <source>a macOS program</source>
        <translation>un programme macOS</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <source>Project “{project}” is not a project of “{partner}”.</source>
        <translation>Le projet « {project} » n’est pas un projet de « {partner} ».</translation>
    </message>
    <message>
        <source>question {number} ({item}) “{title}”: {reason}</source>
        <translation>question {number} ({item}) « {title} » : {reason}</translation>
    </message>
    <message>
        <source>“{name}” has been deleted</source>
        <translation>« {name} » a été supprimé</translation>
    </message>
    <message>
        <source>{where}: {field} {problem}</source>
        <translation>{where} : {field} {problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>{kind} {record_id} is missing from this vault.</source>
        <translation>{kind} {record_id} manque dans ce coffre.</translation>
    </message>
    <message>
        <source>{where}: not valid JSON.</source>
        <translation>{where} : JSON non valide.</translation>
    </message>
    <message>
        <source>{where}: a value cannot be stored.</source>
        <translation>{where} : une valeur ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>The recovery key contains “{char}”, which is not in its alphabet.</source>
        <translation>La clé de récupération contient « {char} », qui n’est pas dans son alphabet.</translation>
    </message>
    <message>
        <source>A recovery key has 52 characters (13 groups of 4); this one has {count}.</source>
        <translation>Une clé de récupération compte 52 caractères (13 groupes de 4) ; celle-ci en a {count}.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault (or vault.json’s recovery slot was altered).</source>
        <translation>La clé de récupération n’ouvre pas ce coffre (ou l’emplacement de récupération de vault.json a été modifié).</translation>
    </message>
    <message>
        <source>The recovery key’s first character is out of range.</source>
        <translation>Le premier caractère de la clé de récupération est hors plage.</translation>
    </message>
    <message>
        <source>A recovery key is 32 bytes (52 characters).</source>
        <translation>Une clé de récupération fait 32 octets (52 caractères).</translation>
    </message>
    <message>
        <source>The recovery key: {problem}</source>
        <translation>Clé de récupération : {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {reasons}</source>
        <translation>Ligne {row} : {reasons}</translation>
    </message>
    <message>
        <source>{backup} is not a FieldPartner vault or backup (no vault.json).</source>
        <translation>{backup} n’est ni un coffre ni une sauvegarde FieldPartner (pas de vault.json).</translation>
    </message>
    <message>
        <source>The backup and the place to restore it are the same folder.</source>
        <translation>La sauvegarde et l’endroit où la restaurer sont le même dossier.</translation>
    </message>
    <message>
        <source>{target} holds another vault; choose another place to restore this backup.</source>
        <translation>{target} contient un autre coffre ; choisissez un autre endroit pour restaurer cette sauvegarde.</translation>
    </message>
    <message>
        <source>{target} exists and is not a vault; choose another place.</source>
        <translation>{target} existe et n’est pas un coffre ; choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: device {sender} sent revision {rev} attributed to device {author}; a device may send only revisions it wrote or revisions this vault holds unchanged.</source>
        <translation>{kind} {record_id} : l’appareil {sender} a envoyé la révision {rev} attribuée à l’appareil {author} ; un appareil ne peut envoyer que les révisions qu’il a écrites ou celles que ce coffre détient telles quelles.</translation>
    </message>
    <message>
        <source>{kind} {record_id} (revision {rev}): {field} {message}</source>
        <translation>{kind} {record_id} (révision {rev}) : {field} {message}</translation>
    </message>
    <message>
        <source>{where}: revision “{rev}” does not match its content.</source>
        <translation>{where} : la révision « {rev} » ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>{kind} {record_id} (revision {rev}) is not the merge of its parents: {reason}</source>
        <translation>{kind} {record_id} (révision {rev}) n’est pas la fusion de ses parents : {reason}</translation>
    </message>
    <message>
        <source>{kind} {record_id}: a revision is not in its head’s history.</source>
        <translation>{kind} {record_id} : une révision n’est pas dans l’historique de sa tête.</translation>
    </message>
    <message>
        <source>{where}: parents must be a sorted list of at most two revisions.</source>
        <translation>{where} : parents doit être une liste triée d’au plus deux révisions.</translation>
    </message>
    <message>
        <source>{where}: changed_at “{changed_at}” is not a UTC time.</source>
        <translation>{where} : changed_at « {changed_at} » n’est pas une heure UTC.</translation>
    </message>
    <message>
        <source>{kind} {record_id}: revision {rev} appears twice.</source>
        <translation>{kind} {record_id} : la révision {rev} apparaît deux fois.</translation>
    </message>
    <message>
        <source>{id} has been deleted</source>
        <translation>{id} a été supprimé</translation>
    </message>
    <message>
        <source>guessable</source>
        <translation>devinable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>too guessable</source>
        <translation>trop facile à deviner</translation>
    </message>
    <message>
        <source>very guessable</source>
        <translation>très facile à deviner</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>très forte</translation>
    </message>
    <message>
        <source>Device {device} is revoked; nothing is sent to it.</source>
        <translation>L’appareil {device} est révoqué ; rien ne lui est envoyé.</translation>
    </message>
    <message>
        <source>{setting}: “{raw}” is not a whole number.</source>
        <translation>{setting} : « {raw} » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB; split it.</source>
        <translation>{file} dépasse {megabytes} Mo ; divisez-le.</translation>
    </message>
    <message>
        <source>Template {template} version {version} in the bundle differs from the one in this vault; a changed template needs a new version.</source>
        <translation>Le modèle {template} version {version} du lot diffère de celui de ce coffre ; un modèle modifié demande une nouvelle version.</translation>
    </message>
    <message>
        <source>Template {template} version {version}: device {sender} sent a template this vault does not hold; only HQ publishes or changes organisation templates (give HQ the template file to import).</source>
        <translation>Modèle {template} version {version} : l’appareil {sender} a envoyé un modèle absent de ce coffre ; seul le siège publie ou modifie les modèles de l’organisation (donnez le fichier du modèle au siège pour qu’il l’importe).</translation>
    </message>
    <message>
        <source>{template} version {version} is already in the vault with different content; a changed template needs a new version number.</source>
        <translation>{template} version {version} est déjà dans le coffre avec un contenu différent ; un modèle modifié demande un nouveau numéro de version.</translation>
    </message>
    <message>
        <source>Template {template} has no tiers, so no tier “{tier}”.</source>
        <translation>Le modèle {template} n’a pas de niveaux, donc pas de niveau « {tier} ».</translation>
    </message>
    <message>
        <source>Project “{project}” calls for the {needed} tier; to review it at the {tier} tier, lower the project’s tier and give the reason.</source>
        <translation>Le projet « {project} » demande le niveau {needed} ; pour l’examiner au niveau {tier}, abaissez le niveau du projet et donnez la raison.</translation>
    </message>
    <message>
        <source>Template {template} needs a tier: one of {tiers}.</source>
        <translation>Le modèle {template} demande un niveau : l’un de {tiers}.</translation>
    </message>
    <message>
        <source>{source}: row {row} has more than {limit} columns.</source>
        <translation>{source} : la ligne {row} a plus de {limit} colonnes.</translation>
    </message>
    <message>
        <source>{source}: more than {limit} rows; split the file.</source>
        <translation>{source} : plus de {limit} lignes ; divisez le fichier.</translation>
    </message>
    <message>
        <source>{kind} {record_id} has two head revisions.</source>
        <translation>{kind} {record_id} a deux révisions de tête.</translation>
    </message>
    <message>
        <source>unknown item id “{item}”</source>
        <translation>identifiant d’élément inconnu « {item} »</translation>
    </message>
    <message>
        <source>Item {item} has an unknown type “{type}”.</source>
        <translation>L’élément {item} a un type inconnu « {type} ».</translation>
    </message>
    <message>
        <source>vault.db’s schema is at migration {current}, which this FieldPartner does not know (the vault was opened by a newer version, or it is damaged).</source>
        <translation>Le schéma de vault.db est à la migration {current}, inconnue de ce FieldPartner (le coffre a été ouvert par une version plus récente, ou il est endommagé).</translation>
    </message>
    <message>
        <source>{where}: unknown record kind “{kind}”.</source>
        <translation>{where} : type de fiche inconnu « {kind} ».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not in the vault’s partner; add it in the window</source>
        <translation>{field} : « {value} » ne figure pas dans le partenaire du coffre ; ajoutez-le dans la fenêtre</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new folder for the vault.</source>
        <translation>{path} existe déjà ; choisissez un nouveau dossier pour le coffre.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The new passphrase is {strength} (score {score} of {maximum}, at least {minimum} needed): {detail}</source>
        <translation>La nouvelle phrase secrète est {strength} (note {score} sur {maximum}, au moins {minimum} requis) : {detail}</translation>
    </message>
    <message>
        <source>Wipe after {value} wrong passphrases: choose {low} to {high}, or off.</source>
        <translation>Effacer après {value} phrases secrètes erronées : choisissez de {low} à {high}, ou désactivé.</translation>
    </message>
    <message>
        <source>Template {template} is answered by {allowed}, not {respondent}.</source>
        <translation>Le modèle {template} est rempli par {allowed}, pas par {respondent}.</translation>
    </message>
    <message>
        <source>{source} is not an XLSX file (not a zip archive).</source>
        <translation>{source} n’est pas un fichier XLSX (pas une archive zip).</translation>
    </message>
    <message>
        <source>{source} unpacks to more than {megabytes} MB; refused.</source>
        <translation>{source} se décompresse en plus de {megabytes} Mo ; refusé.</translation>
    </message>
    <message>
        <source>{source} is not a readable XLSX workbook ({reason}).</source>
        <translation>{source} n’est pas un classeur XLSX lisible ({reason}).</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>un modèle doit être un objet JSON</translation>
    </message>
    <message>
        <source>{key!r} needs format_version 2</source>
        <translation>{key!r} nécessite format_version 2</translation>
    </message>
    <message>
        <source>{item_type!r} items need format_version 2</source>
        <translation>les éléments {item_type!r} nécessitent format_version 2</translation>
    </message>
    <message>
        <source>a {template_kind} template never feeds the partner&apos;s risk rating</source>
        <translation>un modèle {template_kind} n&apos;alimente jamais la notation du risque du partenaire</translation>
    </message>
    <message>
        <source>tiers with up_to amounts need a tier_currency</source>
        <translation>des niveaux avec des montants up_to nécessitent une tier_currency</translation>
    </message>
    <message>
        <source>the last tier has no upper amount (it covers everything above)</source>
        <translation>le dernier niveau n&apos;a pas de montant maximal (il couvre tout ce qui est au-dessus)</translation>
    </message>
    <message>
        <source>every tier but the last needs an up_to amount</source>
        <translation>chaque niveau sauf le dernier nécessite un montant up_to</translation>
    </message>
    <message>
        <source>up_to amounts must increase from tier to tier</source>
        <translation>les montants up_to doivent augmenter d&apos;un niveau à l&apos;autre</translation>
    </message>
    <message>
        <source>a tier_currency without tiers</source>
        <translation>une tier_currency sans niveaux</translation>
    </message>
    <message>
        <source>refers to unknown item {item!r}</source>
        <translation>fait référence à l&apos;élément inconnu {item!r}</translation>
    </message>
    <message>
        <source>{item} is a {item_type} item, not a date</source>
        <translation>{item} est un élément {item_type}, pas une date</translation>
    </message>
    <message>
        <source>give review_every_months too: it sets the next review when the date is not answered</source>
        <translation>indiquez aussi review_every_months : il fixe la prochaine revue quand la date n&apos;est pas renseignée</translation>
    </message>
    <message>
        <source>the {language} translation is missing</source>
        <translation>la traduction {language} manque</translation>
    </message>
    <message>
        <source>the {language} translation is empty</source>
        <translation>la traduction {language} est vide</translation>
    </message>
    <message>
        <source>&apos;overall&apos; is reserved for the overall result</source>
        <translation>&apos;overall&apos; est réservé au résultat global</translation>
    </message>
    <message>
        <source>duplicate id {ident!r} (first used at {first})</source>
        <translation>identifiant {ident!r} en double (déjà utilisé à {first})</translation>
    </message>
    <message>
        <source>duplicate tier {ident!r}</source>
        <translation>niveau {ident!r} en double</translation>
    </message>
    <message>
        <source>level values must be unique</source>
        <translation>les valeurs des échelons doivent être uniques</translation>
    </message>
    <message>
        <source>levels must be listed lowest first</source>
        <translation>les échelons doivent être listés du plus bas au plus haut</translation>
    </message>
    <message>
        <source>weight {weight} is negative</source>
        <translation>le poids {weight} est négatif</translation>
    </message>
    <message>
        <source>unknown tier {ident!r} (the template declares: {declared})</source>
        <translation>niveau inconnu {ident!r} (le modèle déclare : {declared})</translation>
    </message>
    <message>
        <source>a scored item needs a scale</source>
        <translation>un élément noté nécessite une échelle</translation>
    </message>
    <message>
        <source>unknown scale {scale!r}</source>
        <translation>échelle inconnue {scale!r}</translation>
    </message>
    <message>
        <source>a {item_type} item has no scale (only scored items do)</source>
        <translation>un élément {item_type} n&apos;a pas d&apos;échelle (seuls les éléments notés en ont)</translation>
    </message>
    <message>
        <source>only scored items have level descriptors</source>
        <translation>seuls les éléments notés ont des descripteurs d&apos;échelon</translation>
    </message>
    <message>
        <source>a {item_type} item needs options</source>
        <translation>un élément {item_type} nécessite des options</translation>
    </message>
    <message>
        <source>duplicate option {value!r}</source>
        <translation>option {value!r} en double</translation>
    </message>
    <message>
        <source>a {item_type} item has no options</source>
        <translation>un élément {item_type} n&apos;a pas d&apos;options</translation>
    </message>
    <message>
        <source>a {item_type} item&apos;s answers carry no {key}</source>
        <translation>les réponses d&apos;un élément {item_type} ne portent pas de {key}</translation>
    </message>
    <message>
        <source>{answer!r} is not an answer of this item ({answers})</source>
        <translation>{answer!r} n&apos;est pas une réponse de cet élément ({answers})</translation>
    </message>
    <message>
        <source>a key item must be scored, but this {item_type} item&apos;s answers carry no points or risk</source>
        <translation>un élément clé doit être noté, mais les réponses de cet élément {item_type} ne portent ni points ni risque</translation>
    </message>
    <message>
        <source>risk bands apply to number and computed items, not {item_type}</source>
        <translation>les tranches de risque s&apos;appliquent aux éléments nombre et calculés, pas {item_type}</translation>
    </message>
    <message>
        <source>bands must start in increasing order</source>
        <translation>les tranches doivent commencer par ordre croissant</translation>
    </message>
    <message>
        <source>this template is answered by {answered_by}, so an item for {asked} would never be asked</source>
        <translation>ce modèle est rempli par {answered_by}, donc un élément pour {asked} ne serait jamais posé</translation>
    </message>
    <message>
        <source>min, max and unit apply to number items, not {item_type}</source>
        <translation>min, max et unit s&apos;appliquent aux éléments nombre, pas {item_type}</translation>
    </message>
    <message>
        <source>max {high} is below min {low}</source>
        <translation>max {high} est inférieur à min {low}</translation>
    </message>
    <message>
        <source>a computed item needs compute (actions or ratio)</source>
        <translation>un élément calculé nécessite compute (actions ou ratio)</translation>
    </message>
    <message>
        <source>a {item_type} item is answered, not computed</source>
        <translation>un élément {item_type} est répondu, pas calculé</translation>
    </message>
    <message>
        <source>a computed item is never answered by hand</source>
        <translation>un élément calculé n&apos;est jamais répondu à la main</translation>
    </message>
    <message>
        <source>a ratio needs exactly one of section, items</source>
        <translation>un ratio nécessite exactement l&apos;un de section, items</translation>
    </message>
    <message>
        <source>unknown section {section!r}</source>
        <translation>section inconnue {section!r}</translation>
    </message>
    <message>
        <source>unknown item {item!r}</source>
        <translation>élément inconnu {item!r}</translation>
    </message>
    <message>
        <source>a ratio cannot count itself</source>
        <translation>un ratio ne peut pas se compter lui-même</translation>
    </message>
    <message>
        <source>{value!r} is reserved for an answer state</source>
        <translation>{value!r} est réservé à un état de réponse</translation>
    </message>
    <message>
        <source>unknown tier {ident!r}</source>
        <translation>niveau inconnu {ident!r}</translation>
    </message>
    <message>
        <source>the scale has no level {level}</source>
        <translation>l&apos;échelle n&apos;a pas d&apos;échelon {level}</translation>
    </message>
    <message>
        <source>no descriptor for level {levels} (give one in the scale or in the item&apos;s descriptors)</source>
        <translation>aucun descripteur pour l&apos;échelon {levels} (indiquez-en un dans l&apos;échelle ou dans les descripteurs de l&apos;élément)</translation>
    </message>
    <message>
        <source>{key} is used only by the {method} method</source>
        <translation>{key} n&apos;est utilisé que par la méthode {method}</translation>
    </message>
    <message>
        <source>the {method} method gives no score to band</source>
        <translation>la méthode {method} ne donne pas de score à répartir en tranches</translation>
    </message>
    <message>
        <source>there are no sections directly below to combine</source>
        <translation>il n&apos;y a pas de sections directement en dessous à combiner</translation>
    </message>
    <message>
        <source>the {method} method adds up items; over sections use weighted_mean or highest_risk</source>
        <translation>la méthode {method} additionne des éléments ; sur des sections, utilisez weighted_mean ou highest_risk</translation>
    </message>
    <message>
        <source>section {section!r} ({method}) has no score to average</source>
        <translation>la section {section!r} ({method}) n&apos;a pas de score à moyenner</translation>
    </message>
    <message>
        <source>no item here scores points for {method}</source>
        <translation>aucun élément ici ne donne de points pour {method}</translation>
    </message>
    <message>
        <source>no item here maps its answers to a risk</source>
        <translation>aucun élément ici n&apos;associe ses réponses à un risque</translation>
    </message>
    <message>
        <source>no item here has answers to count</source>
        <translation>aucun élément ici n&apos;a de réponses à compter</translation>
    </message>
    <message>
        <source>no item here can be answered {value!r}</source>
        <translation>aucun élément ici ne peut recevoir la réponse {value!r}</translation>
    </message>
    <message>
        <source>a risk scoring&apos;s bands give a rating, not a level</source>
        <translation>les tranches d&apos;une notation du risque donnent une notation, pas un échelon</translation>
    </message>
    <message>
        <source>a band needs a rating</source>
        <translation>une tranche nécessite une notation</translation>
    </message>
    <message>
        <source>a {vocabulary} scoring&apos;s bands give a level ({levels}), not a risk rating</source>
        <translation>les tranches d&apos;une notation {vocabulary} donnent un échelon ({levels}), pas une notation du risque</translation>
    </message>
    <message>
        <source>a band needs a level ({levels})</source>
        <translation>une tranche nécessite un échelon ({levels})</translation>
    </message>
    <message>
        <source>{level!r} is not a {vocabulary} level ({levels})</source>
        <translation>{level!r} n&apos;est pas un échelon {vocabulary} ({levels})</translation>
    </message>
    <message>
        <source>duplicate result id {ident!r} (&apos;overall&apos; is reserved)</source>
        <translation>identifiant de résultat {ident!r} en double (&apos;overall&apos; est réservé)</translation>
    </message>
    <message>
        <source>the {method} method gives no score for {vocabulary} bands</source>
        <translation>la méthode {method} ne donne pas de score pour des tranches {vocabulary}</translation>
    </message>
    <message>
        <source>a band needs exactly one of from, from_fraction</source>
        <translation>une tranche nécessite exactement l&apos;un de from, from_fraction</translation>
    </message>
    <message>
        <source>bands must start in increasing order ({value} follows {previous})</source>
        <translation>les tranches doivent commencer par ordre croissant ({value} suit {previous})</translation>
    </message>
    <message>
        <source>use either from or from_fraction in all bands, not both</source>
        <translation>utilisez soit from soit from_fraction dans toutes les tranches, pas les deux</translation>
    </message>
    <message>
        <source>bands do not cover the range: scores below {start:g} of the range get no rating (start the first band at 0)</source>
        <translation>les tranches ne couvrent pas l&apos;étendue : les scores inférieurs à {start:g} de l&apos;étendue n&apos;ont pas de notation (commencez la première tranche à 0)</translation>
    </message>
    <message>
        <source>bands do not cover the range: scores can be as low as {low:g} but the first band starts at {start:g}</source>
        <translation>les tranches ne couvrent pas l&apos;étendue : les scores peuvent descendre à {low:g} mais la première tranche commence à {start:g}</translation>
    </message>
    <message>
        <source>band starting at {start:g} can never be reached; the highest possible score is {high:g}</source>
        <translation>la tranche commençant à {start:g} ne peut jamais être atteinte ; le score le plus haut possible est {high:g}</translation>
    </message>
    <message>
        <source>duplicate rule id {ident!r}</source>
        <translation>identifiant de règle {ident!r} en double</translation>
    </message>
    <message>
        <source>&apos;result&apos; needs format_version 2</source>
        <translation>&apos;result&apos; nécessite format_version 2</translation>
    </message>
    <message>
        <source>refers to unknown result {result!r}</source>
        <translation>fait référence au résultat inconnu {result!r}</translation>
    </message>
    <message>
        <source>a risk rule needs a rating (or level), a decision or both</source>
        <translation>une règle de risque nécessite une notation (ou un échelon), une décision ou les deux</translation>
    </message>
    <message>
        <source>result {result} gives levels ({levels}), not risk ratings</source>
        <translation>le résultat {result} donne des échelons ({levels}), pas des notations du risque</translation>
    </message>
    <message>
        <source>{level!r} is not a level of {result} ({levels})</source>
        <translation>{level!r} n&apos;est pas un échelon de {result} ({levels})</translation>
    </message>
    <message>
        <source>result {result} gives risk ratings, not levels</source>
        <translation>le résultat {result} donne des notations du risque, pas des échelons</translation>
    </message>
    <message>
        <source>applicability depends on itself: {cycle}</source>
        <translation>l&apos;applicabilité dépend d&apos;elle-même : {cycle}</translation>
    </message>
    <message>
        <source>an expression must be a non-empty object</source>
        <translation>une expression doit être un objet non vide</translation>
    </message>
    <message>
        <source>unknown expression key {key!r}</source>
        <translation>clé d&apos;expression inconnue {key!r}</translation>
    </message>
    <message>
        <source>an expression needs exactly one of {terms} (found {found})</source>
        <translation>une expression nécessite exactement un des termes {terms} (trouvés : {found})</translation>
    </message>
    <message>
        <source>an expression needs exactly one of {terms} (found none)</source>
        <translation>une expression nécessite exactement un des termes {terms} (aucun trouvé)</translation>
    </message>
    <message>
        <source>{key!r} is not used with {term!r}</source>
        <translation>{key!r} ne s&apos;utilise pas avec {term!r}</translation>
    </message>
    <message>
        <source>{term!r} can only be used in risk rules</source>
        <translation>{term!r} ne peut être utilisé que dans les règles de risque</translation>
    </message>
    <message>
        <source>must be a non-empty list of expressions</source>
        <translation>doit être une liste non vide d&apos;expressions</translation>
    </message>
    <message>
        <source>must be a non-empty list of tier ids</source>
        <translation>doit être une liste non vide d&apos;identifiants de niveau</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>doit valoir true</translation>
    </message>
    <message>
        <source>a project_amount test needs one of gte, gt, lte, lt</source>
        <translation>un test project_amount nécessite l&apos;un de gte, gt, lte, lt</translation>
    </message>
    <message>
        <source>must be a non-empty list of levels</source>
        <translation>doit être une liste non vide d&apos;échelons</translation>
    </message>
    <message>
        <source>{value!r} is not a word of {result} ({levels})</source>
        <translation>{value!r} n&apos;est pas un échelon de {result} ({levels})</translation>
    </message>
    <message>
        <source>a score test needs one of gte, gt, lte, lt</source>
        <translation>un test de score nécessite l&apos;un de gte, gt, lte, lt</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>an answer test needs one of {tests}</source>
        <translation>un test de réponse nécessite l&apos;un de {tests}</translation>
    </message>
    <message>
        <source>{item} can never be answered {value!r} ({answers})</source>
        <translation>{item} ne peut jamais avoir la réponse {value!r} ({answers})</translation>
    </message>
    <message>
        <source>{item} has no numeric answer to compare with {op}</source>
        <translation>{item} n&apos;a pas de réponse numérique à comparer avec {op}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a non-empty list of answers</source>
        <translation>doit être une liste non vide de réponses</translation>
    </message>
    <message>
        <source>answers must be text or numbers</source>
        <translation>les réponses doivent être du texte ou des nombres</translation>
    </message>
    <message>
        <source>must be a non-empty list of ratings ({ratings})</source>
        <translation>doit être une liste non vide de notations ({ratings})</translation>
    </message>
    <message>
        <source>{value!r} is not a rating</source>
        <translation>{value!r} n&apos;est pas une notation</translation>
    </message>
    <message>
        <source>refers to unknown section {section!r} (or use &apos;overall&apos;)</source>
        <translation>fait référence à la section inconnue {section!r} (ou utilisez &apos;overall&apos;)</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>S&amp;igle :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat :</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historique :</translation>
    </message>
    <message>
        <source>&amp;Governance:</source>
        <translation>&amp;Gouvernance :</translation>
    </message>
    <message>
        <source>&amp;Local anchoring:</source>
        <translation>Ancrage &amp;local :</translation>
    </message>
    <message>
        <source>A&amp;ffiliations:</source>
        <translation>A&amp;ffiliations :</translation>
    </message>
    <message>
        <source>Partnership c&amp;ategory:</source>
        <translation>&amp;Catégorie de partenariat :</translation>
    </message>
    <message>
        <source>Mo&amp;dality:</source>
        <translation>Mo&amp;dalité :</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>Ph&amp;ase :</translation>
    </message>
    <message>
        <source>&amp;Exit criteria:</source>
        <translation>Critères de sorti&amp;e :</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>Responsa&amp;ble de la relation :</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilité :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. detention, women&apos;s rights</source>
        <translation>Séparées par des virgules, p. ex. détention, droits des femmes</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier {field}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of section scores</source>
        <translation>Graphique radar des scores par section</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Accord signé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date de l’évaluation</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assessment kind</source>
        <translation>Type d’évaluation</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Back donor</source>
        <translation>Bailleur d’origine</translation>
    </message>
    <message>
        <source>Template content</source>
        <translation>Contenu du modèle</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Type d’appel</translation>
    </message>
    <message>
        <source>Partnership category</source>
        <translation>Catégorie de partenariat</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>Co-design input</source>
        <translation>Apports de co-conception</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Contact: address</source>
        <translation>Contact : adresse</translation>
    </message>
    <message>
        <source>Contact: email</source>
        <translation>Contact : courriel</translation>
    </message>
    <message>
        <source>Contact: name</source>
        <translation>Contact : nom</translation>
    </message>
    <message>
        <source>Contact: notes</source>
        <translation>Contact : notes</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Contact : téléphone</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Contact : fonction</translation>
    </message>
    <message>
        <source>Contact: Signal</source>
        <translation>Contact : Signal</translation>
    </message>
    <message>
        <source>Contact: Telegram</source>
        <translation>Contact : Telegram</translation>
    </message>
    <message>
        <source>Contact: WhatsApp</source>
        <translation>Contact : WhatsApp</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Date de réalisation</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Due-diligence tier</source>
        <translation>Niveau de diligence raisonnable</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Note justificative</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisée le</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Local anchoring</source>
        <translation>Ancrage local</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Template origin</source>
        <translation>Origine du modèle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Recommended decision</source>
        <translation>Décision recommandée</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsable de la relation</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Qui répond</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <source>Workshop reviewed</source>
        <translation>Atelier revu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Report kind</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Empreinte du fichier (SHA-256)</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>Motif de la résiliation</translation>
    </message>
    <message>
        <source>Reason for a lower tier</source>
        <translation>Motif d’un niveau inférieur</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>Lecture impossible : {reason}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>&lt;h2&gt;Your recovery key&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Votre clé de récupération&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way to open the vault. Write it down now and keep it apart from this computer. It will not be shown again.</source>
        <translation>Si vous oubliez la phrase secrète, cette clé est le seul moyen d’ouvrir le coffre. Notez-la maintenant et conservez-la à l’écart de cet ordinateur. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de récupération</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>The requested group of the recovery key</source>
        <translation>Le groupe demandé de la clé de récupération</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>J’ai noté la clé de récupération</translation>
    </message>
    <message>
        <source>Also type the requested group of the key above, from what you wrote.</source>
        <translation>Saisissez aussi ci-dessus le groupe demandé de la clé, d’après ce que vous avez noté.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue to the vault</source>
        <translation>Accéder au coffre</translation>
    </message>
    <message>
        <source>From what you wrote down (not from the screen), type group {number} of {count} of the key:</source>
        <translation>D’après ce que vous avez noté (et non d’après l’écran), saisissez le groupe {number} sur {count} de la clé :</translation>
    </message>
    <message>
        <source>The key was not printed: choose a printer, not a file.</source>
        <translation>La clé n’a pas été imprimée : choisissez une imprimante, pas un fichier.</translation>
    </message>
    <message>
        <source>FieldPartner recovery key</source>
        <translation>Clé de récupération FieldPartner</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Coffre : {name}</translation>
    </message>
    <message>
        <source>Printed: {when}</source>
        <translation>Imprimée le : {when}</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep this sheet apart from the computer, somewhere safe, and destroy it if the vault is wiped.</source>
        <translation>Toute personne détenant cette clé peut ouvrir le coffre. Conservez cette feuille à l’écart de l’ordinateur, en lieu sûr, et détruisez-la si le coffre fait l’objet d’un effacement d’urgence.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Ouvrir avec la clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or printed when the vault was created (13 groups of 4 characters), then choose a new passphrase. The forgotten passphrase stops working.</source>
        <translation>Saisissez la clé de récupération notée ou imprimée à la création du coffre (13 groupes de 4 caractères), puis choisissez une nouvelle phrase secrète. La phrase oubliée cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>Coffre :</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération :</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key</source>
        <translation>Ouvrir le coffre avec la clé de récupération</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Group {number} ({group}) contains “{char}”, which is not in a recovery key. Keys use the digits and the letters A–Z without I, L, O and U.</source>
        <translation>Le groupe {number} ({group}) contient « {char} », qui n&apos;existe pas dans une clé de récupération. Les clés utilisent les chiffres et les lettres A–Z sauf I, L, O et U.</translation>
    </message>
    <message>
        <source>Group {number} ({group}) has {count} characters; each group has {size}.</source>
        <translation>Le groupe {number} ({group}) a {count} caractères ; chaque groupe en a {size}.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre…</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Compare each group with the paper, one by one (0 and O, 1 and I or L are read alike). Nothing was changed.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas ce coffre. Comparez chaque groupe avec le papier, un par un (0 et O, 1 et I ou L sont lus de la même façon). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n&apos;a été modifié : {reason}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Marking on every page</source>
        <translation>Mention sur chaque page</translation>
    </message>
    <message>
        <source>Printed at the top and foot of every page; may be empty.</source>
        <translation>Imprimée en haut et en bas de chaque page ; peut rester vide.</translation>
    </message>
    <message>
        <source>Only the latest assessment of each kind</source>
        <translation>Uniquement la dernière évaluation de chaque type</translation>
    </message>
    <message>
        <source>Full reports of the latest assessment of each kind and of the latest workshop only. Otherwise the dossier has every assessment (drafts marked as drafts) and every workshop.</source>
        <translation>Rapports complets de la dernière évaluation de chaque type et du dernier atelier uniquement. Sinon, le dossier contient toutes les évaluations (les brouillons étant signalés comme tels) et tous les ateliers.</translation>
    </message>
    <message>
        <source>Keep location and camera details in photos</source>
        <translation>Garder la localisation et l&apos;appareil dans les photos</translation>
    </message>
    <message>
        <source>Off: photos and the logo go into the report without their GPS position, camera and time taken. A report leaves the vault&apos;s protection.</source>
        <translation>Désactivé : les photos et le logo entrent dans le rapport sans leur position GPS, leur appareil ni leur heure de prise de vue. Un rapport sort de la protection du coffre.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Générer le rapport</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>Mention :</translation>
    </message>
    <message>
        <source>Press Generate to see the report.</source>
        <translation>Appuyez sur « Générer » pour afficher le rapport.</translation>
    </message>
    <message>
        <source>Protect the saved PDF with a password</source>
        <translation>Protéger le PDF enregistré par un mot de passe</translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Enregistrer le rapport dans un fichier PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Fermer le rapport</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s).</source>
        <translation>
            <numerusform>%Ln page.</numerusform>
            <numerusform>%Ln pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no report was kept.</source>
        <translation>Annulé : aucun rapport n’a été conservé.</translation>
    </message>
    <message>
        <source>The report was not made: {reason}</source>
        <translation>Le rapport n’a pas été créé : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln page envoyée à l’imprimante.</numerusform>
            <numerusform>%Ln pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Non imprimé : {reason}</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
    <message>
        <source>Save outside the vault?</source>
        <translation>Enregistrer hors du coffre ?</translation>
    </message>
    <message>
        <source>The PDF will be a copy outside the vault&apos;s encryption: anyone who gets the file can read it unless you protect it with a password. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Le PDF sera une copie non protégée par le chiffrement du coffre : toute personne qui obtient le fichier pourra le lire, sauf si vous le protégez par un mot de passe. Conservez-le en lieu sûr et supprimez-le lorsqu’il n’est plus nécessaire.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enter a password for the PDF, or untick the box.</source>
        <translation>Saisissez un mot de passe pour le PDF, ou décochez la case.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Enregistré : {file}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup and where the vault goes. If a vault is already there, it is kept under another name, not deleted.</source>
        <translation>Choisissez la sauvegarde et l&apos;emplacement du coffre. Si un coffre s&apos;y trouve déjà, il est conservé sous un autre nom, pas supprimé.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <source>Where the vault goes</source>
        <translation>Emplacement du coffre</translation>
    </message>
    <message>
        <source>Choose where the vault goes</source>
        <translation>Choisir l&apos;emplacement du coffre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sauvegarde :</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Restaurer &amp;vers :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de la sauvegarde</translation>
    </message>
    <message>
        <source>{folder} is not a FieldPartner backup.</source>
        <translation>{folder} n&apos;est pas une sauvegarde FieldPartner.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Nothing was changed.</source>
        <translation>La phrase secrète n&apos;ouvre pas cette sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n&apos;a été modifié : {reason}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Section results</source>
        <translation>Résultats par section</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Compared with the previous assessment</source>
        <translation>Par rapport à l’évaluation précédente</translation>
    </message>
    <message>
        <source>Comparison with the previous assessment</source>
        <translation>Comparaison avec l’évaluation précédente</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Self-assessment and assessor</source>
        <translation>Auto-évaluation et évaluateur</translation>
    </message>
    <message>
        <source>Self-assessment beside the assessor&apos;s view</source>
        <translation>Auto-évaluation en regard de l’avis de l’évaluateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Gaps and proposed actions</source>
        <translation>Lacunes et actions proposées</translation>
    </message>
    <message>
        <source>Proposed actions</source>
        <translation>Actions proposées</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Propose actions for gaps</source>
        <translation>Proposer des actions pour les lacunes</translation>
    </message>
    <message>
        <source>Drop selected</source>
        <translation>Écarter la sélection</translation>
    </message>
    <message>
        <source>Drop the selected proposed actions</source>
        <translation>Écarter les actions proposées sélectionnées</translation>
    </message>
    <message>
        <source>Accept into plan</source>
        <translation>Intégrer au plan</translation>
    </message>
    <message>
        <source>Accept the selected proposed actions into the development plan</source>
        <translation>Intégrer les actions proposées sélectionnées au plan de développement</translation>
    </message>
    <message>
        <source>Computing results…</source>
        <translation>Calcul des résultats…</translation>
    </message>
    <message>
        <source>Overall rating: {rating}</source>
        <translation>Notation globale : {rating}</translation>
    </message>
    <message>
        <source>No overall rating yet: too few questions answered ({percent}%)</source>
        <translation>Pas encore de notation globale : trop peu de questions ont une réponse ({percent} %)</translation>
    </message>
    <message>
        <source>No overall rating</source>
        <translation>Aucune notation globale</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>draft: results change as you answer</source>
        <translation>brouillon : les résultats évoluent au fil des réponses</translation>
    </message>
    <message>
        <source>Recommended decision: {decision} · {percent}% answered · {status}</source>
        <translation>Décision recommandée : {decision} · {percent} % de réponses · {status}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{result} set to {value} by {by}: {why}</source>
        <translation>{result} fixé à {value} par {by} : {why}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Cette évaluation</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous assessment of {date}: rating {before} → {after}; {closed} gap(s) closed, {new} new, {remaining} remaining.</source>
        <translation>Évaluation précédente du {date} : notation {before} → {after} ; lacune(s) comblée(s) : {closed}, nouvelle(s) : {new}, restante(s) : {remaining}.</translation>
    </message>
    <message>
        <source>The partner and the assessor gave the same answer to {percent}% of the questions both answered.</source>
        <translation>Le partenaire et l’évaluateur ont donné la même réponse à {percent} % des questions auxquelles tous deux ont répondu.</translation>
    </message>
    <message>
        <source>{gaps} gap(s) found; {uncovered} without an action yet.</source>
        <translation>Lacune(s) relevée(s) : {gaps} ; encore sans action : {uncovered}.</translation>
    </message>
    <message>
        <source>Due date of {title}</source>
        <translation>Date d’échéance de {title}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) proposed</source>
        <translation>
            <numerusform>%Ln action proposée</numerusform>
            <numerusform>%Ln actions proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) added to the plan</source>
        <translation>
            <numerusform>%Ln action ajoutée au plan</numerusform>
            <numerusform>%Ln actions ajoutées au plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed action(s) dropped</source>
        <translation>
            <numerusform>%Ln action proposée écartée</numerusform>
            <numerusform>%Ln actions proposées écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;Choose earlier workshop…</source>
        <translation>&amp;Choisir un atelier précédent…</translation>
    </message>
    <message>
        <source>Choose the earlier workshop to review</source>
        <translation>Choisir l’atelier précédent à revoir</translation>
    </message>
    <message>
        <source>&amp;Stop reviewing</source>
        <translation>Arrêter la re&amp;vue</translation>
    </message>
    <message>
        <source>Stop reviewing the earlier plan</source>
        <translation>Arrêter la revue du plan précédent</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Avancement de la revue</translation>
    </message>
    <message>
        <source>%v of %m reviewed</source>
        <translation>%v sur %m revues</translation>
    </message>
    <message>
        <source>Actions of the earlier plan</source>
        <translation>Actions du plan précédent</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>Previous action</source>
        <translation>Action précédente</translation>
    </message>
    <message>
        <source>&amp;Record and next</source>
        <translation>&amp;Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Record this review and go to the next</source>
        <translation>Enregistrer cette revue et passer à l’action suivante</translation>
    </message>
    <message>
        <source>This workshop reviews the plan of “{title}”.</source>
        <translation>Cet atelier revoit le plan de « {title} ».</translation>
    </message>
    <message>
        <source>Choose an earlier workshop to review its follow-up plan here.</source>
        <translation>Choisissez un atelier précédent pour revoir ici son plan de suivi.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partenaire : {name}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable : {name}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Échéance : {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Earlier reviews:</source>
        <translation>Revues précédentes :</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke device {device}?</source>
        <translation>Révoquer l’appareil {device} ?</translation>
    </message>
    <message>
        <source>Revoke a device that is lost, seized or no longer used. From now on every bundle from it is refused, including changes made on it that have not reached HQ yet, and HQ sends it nothing more. The device itself is not wiped. This cannot be undone here.</source>
        <translation>Révoquez un appareil perdu, saisi ou qui n’est plus utilisé. Dès maintenant, tous ses lots sont refusés, y compris les modifications faites sur l’appareil qui ne sont pas encore parvenues au siège, et le siège ne lui envoie plus rien. L’appareil lui-même n’est pas effacé. Cette opération ne peut pas être annulée ici.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Empreinte : {fingerprint}</translation>
    </message>
    <message>
        <source>Type the device&apos;s short id, {device}, to confirm:</source>
        <translation>Saisissez l’identifiant court de l’appareil, {device}, pour confirmer :</translation>
    </message>
    <message>
        <source>The device&apos;s short id, to confirm</source>
        <translation>Identifiant court de l’appareil, pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Revoke device</source>
        <translation>&amp;Révoquer l’appareil</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Révoquer l’appareil</translation>
    </message>
    <message>
        <source>Keep the device</source>
        <translation>Conserver l’appareil</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>programme officer</source>
        <translation>chargé de programme</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Your role in HQ&apos;s database ({role}) does not allow this</source>
        <translation>Votre rôle dans la base du siège ({role}) ne le permet pas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Changing the security settings</source>
        <translation>Modification des réglages de sécurité</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <source>Wipe the vault after</source>
        <translation>Effacer le coffre après</translation>
    </message>
    <message>
        <source>Wipe the vault after wrong passphrases</source>
        <translation>Effacer le coffre après des phrases secrètes erronées</translation>
    </message>
    <message>
        <source>Wrong passphrases in a row before the wipe</source>
        <translation>Phrases secrètes erronées consécutives avant l&apos;effacement</translation>
    </message>
    <message>
        <source>wrong passphrases in a row</source>
        <translation>phrases secrètes erronées consécutives</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Use a duress passphrase</source>
        <translation>Utiliser une phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Typed instead of the passphrase, the duress passphrase destroys this vault without a word and opens a small harmless vault in its place. A copy of the disk taken before it is typed still holds the real vault.</source>
        <translation>Saisie à la place de la phrase secrète, la phrase de contrainte détruit ce coffre sans rien dire et ouvre à sa place un petit coffre anodin. Une copie du disque prise avant sa saisie contient toujours le vrai coffre.</translation>
    </message>
    <message>
        <source>New duress passphrase</source>
        <translation>Nouvelle phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Répéter la phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>D&amp;uress passphrase:</source>
        <translation>Phrase de &amp;contrainte :</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Ré&amp;pétez-la :</translation>
    </message>
    <message>
        <source>Remember recent vaults on this computer</source>
        <translation>Mémoriser les coffres récents sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation>Mémoriser les coffres récents</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase, to change these</source>
        <translation>La phrase secrète du coffre, pour les modifier</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>Changing a security setting needs the vault&apos;s passphrase again.</source>
        <translation>Modifier un réglage de sécurité demande de nouveau la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>HQ&apos;s database is protected by its server (access, backups, encryption: see the operator&apos;s guide). Locking after no use, wiping and a duress passphrase are for a vault on this computer.</source>
        <translation>La base du siège est protégée par son serveur (accès, sauvegardes, chiffrement : voir le guide de l’exploitant). Le verrouillage après inactivité, l’effacement et la phrase secrète de contrainte concernent un coffre sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Only for a vault on this computer, not HQ&apos;s database</source>
        <translation>Uniquement pour un coffre sur cet ordinateur, pas pour la base du siège</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase to change the security settings.</source>
        <translation>Saisissez la phrase secrète du coffre pour modifier les réglages de sécurité.</translation>
    </message>
    <message>
        <source>Type the duress passphrase twice.</source>
        <translation>Saisissez deux fois la phrase secrète de contrainte.</translation>
    </message>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Les deux phrases secrètes de contrainte diffèrent.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try. Nothing was changed.</source>
        <translation>Trop de phrases secrètes erronées consécutives ({n}). Attendez {seconds} secondes avant le prochain essai. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. Nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase secrète du coffre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The security settings were not changed: {reason}</source>
        <translation>Les réglages de sécurité n&apos;ont pas été modifiés : {reason}</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A new language applies at once; what you are typing is saved first.</source>
        <translation>Une nouvelle langue s&apos;applique aussitôt ; ce que vous êtes en train de saisir est d&apos;abord enregistré.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>This vault does not belong to an organisation yet. Sync moves data between the field and headquarters as encrypted bundle files, on a USB stick or as an attachment.

Field officer: join your organisation with the profile file HQ gave you and HQ&apos;s fingerprint, which HQ reads to you over the phone.

Headquarters: set up this vault as the organisation&apos;s HQ once; you then hand the profile file to every field officer.</source>
        <translation>Ce coffre n’appartient encore à aucune organisation. La synchronisation transfère les données entre le terrain et le siège sous forme de fichiers de lot chiffrés, sur une clé USB ou en pièce jointe.

Agent de terrain : rejoignez votre organisation avec le fichier de profil que le siège vous a remis et l’empreinte du siège, que le siège vous lit par téléphone.

Siège : configurez une fois ce coffre comme siège de l’organisation ; remettez ensuite le fichier de profil à chaque agent de terrain.</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Rejoindre une organisation…</translation>
    </message>
    <message>
        <source>Join an organisation with HQ&apos;s profile file</source>
        <translation>Rejoindre une organisation avec le fichier de profil du siège</translation>
    </message>
    <message>
        <source>Set up this vault as &amp;HQ…</source>
        <translation>Configurer ce coffre comme &amp;siège…</translation>
    </message>
    <message>
        <source>Set up this vault as the organisation&apos;s HQ</source>
        <translation>Configurer ce coffre comme siège de l’organisation</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ShowPassphrase</name>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Show the passphrase as text</source>
        <translation>Afficher la phrase secrète en clair</translation>
    </message>
</context>
<context>
    <name>StaleNotice</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Show the record as it is now</source>
        <translation>Afficher la fiche telle qu’elle est maintenant</translation>
    </message>
    <message>
        <source>Replace what you typed with the record as it is now, then edit again</source>
        <translation>Remplacer ce que vous avez saisi par la fiche telle qu’elle est maintenant, puis modifier à nouveau</translation>
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
        <translation>&lt;h2&gt;Ouvrir un coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation>Coffres récents :</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Coffres récents</translation>
    </message>
    <message>
        <source>Remember recent vaults on this computer</source>
        <translation>Mémoriser les coffres récents sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation>Mémoriser les coffres récents</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Clear the list of recent vaults</source>
        <translation>Effacer la liste des coffres récents</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>Folder ending in .fpvault</source>
        <translation>Dossier se terminant par .fpvault</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>&amp;Coffre :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Créer un nouveau coffre…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un nouveau coffre</translation>
    </message>
    <message>
        <source>Problem report…</source>
        <translation>Rapport de problème…</translation>
    </message>
    <message>
        <source>What went wrong recently, to copy for whoever supports FieldPartner</source>
        <translation>Ce qui a échoué récemment, à copier pour la personne qui assure le support de FieldPartner</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create a new vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Créer un nouveau coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted in the vault. Without the passphrase or the recovery key, nobody can open it, including you.</source>
        <translation>Tout ce que vous enregistrez est conservé chiffré dans le coffre. Sans la phrase secrète ou la clé de récupération, personne ne peut l’ouvrir, pas même vous.</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nom du coffre</translation>
    </message>
    <message>
        <source>e.g. Field 2026</source>
        <translation>p. ex. Terrain 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Dossier du nouveau coffre</translation>
    </message>
    <message>
        <source>Choose where to create</source>
        <translation>Choisir l’emplacement</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Will be created as:</source>
        <translation>Sera créé sous :</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Type the words to accept a weak passphrase</source>
        <translation>Saisissez les mots pour accepter une phrase secrète faible</translation>
    </message>
    <message>
        <source>&amp;Accept:</source>
        <translation>&amp;Accepter :</translation>
    </message>
    <message>
        <source>Use at least {n} characters; a few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation>Utilisez au moins {n} caractères ; quelques mots sans rapport entre eux forment une phrase secrète longue et facile à retenir.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to opening a vault</source>
        <translation>Retour à l’ouverture d’un coffre</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>I accept a weak passphrase</source>
        <translation>J&apos;accepte une phrase secrète faible</translation>
    </message>
    <message>
        <source>Choose where to create the vault</source>
        <translation>Choisir où créer le coffre</translation>
    </message>
    <message>
        <source>You can try the passphrase again now.</source>
        <translation>Vous pouvez réessayer la phrase secrète maintenant.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try.</source>
        <translation>Trop de phrases secrètes erronées consécutives ({n}). Attendez {seconds} secondes avant le prochain essai.</translation>
    </message>
    <message>
        <source>Choose the vault folder.</source>
        <translation>Choisissez le dossier du coffre.</translation>
    </message>
    <message>
        <source>This folder is not a FieldPartner vault (it has no vault.json).</source>
        <translation>Ce dossier n’est pas un coffre FieldPartner (il ne contient pas de vault.json).</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>That was wrong passphrase {n} in a row. As this vault&apos;s security settings ask, the vault has been wiped: it can no longer be opened, with any passphrase or the recovery key.</source>
        <translation>C&apos;était la {n}e phrase secrète erronée consécutive. Comme le demandent les réglages de sécurité de ce coffre, il a été effacé : il ne peut plus être ouvert, ni avec une phrase secrète ni avec la clé de récupération.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row ({n}). Wait {seconds} seconds before the next try; this try was not checked.</source>
        <translation>Trop de phrases secrètes erronées consécutives ({n}). Attendez {seconds} secondes avant le prochain essai ; cet essai n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation>Cette phrase secrète n’ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: {reason}</source>
        <translation>Impossible d’ouvrir le coffre : {reason}</translation>
    </message>
    <message>
        <source>This passphrase is weak: someone who gets the laptop could guess it. {advice} To use it anyway, type “{words}” below.</source>
        <translation>Cette phrase secrète est faible : quelqu&apos;un qui obtient l&apos;ordinateur pourrait la deviner. {advice} Pour l&apos;utiliser quand même, saisissez « {words} » ci-dessous.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>The vault was not created: {reason}</source>
        <translation>Le coffre n’a pas été créé : {reason}</translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery key…</source>
        <translation>Oubliée ? Utiliser la clé de &amp;récupération…</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key and choose a new passphrase</source>
        <translation>Ouvrir le coffre avec la clé de récupération et choisir une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Put a backup made with File, Back up, back as a vault</source>
        <translation>Remettre en coffre une sauvegarde faite avec Fichier, Sauvegarder</translation>
    </message>
    <message>
        <source>Choose the vault folder first, then use its recovery key.</source>
        <translation>Choisissez d&apos;abord le dossier du coffre, puis utilisez sa clé de récupération.</translation>
    </message>
    <message>
        <source>The backup is restored. Unlock it with its passphrase.</source>
        <translation>La sauvegarde est restaurée. Déverrouillez-la avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>The vault that was there is kept as {folder}.</source>
        <translation>Le coffre qui s&apos;y trouvait est conservé sous {folder}.</translation>
    </message>
</context>
<context>
    <name>StartingTab</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>SyncBatch</name>
    <message>
        <source>Already imported; nothing changed.</source>
        <translation>Déjà importé ; rien n’a changé.</translation>
    </message>
    <message>
        <source>Not imported: you did not enrol the device that sent it.</source>
        <translation>Non importé : vous n’avez pas inscrit l’appareil qui l’a envoyé.</translation>
    </message>
    <message>
        <source>The same bundle as {file}; imported once.</source>
        <translation>Même lot que {file} ; importé une seule fois.</translation>
    </message>
    <message>
        <source>Not imported: cancelled.</source>
        <translation>Non importé : annulé.</translation>
    </message>
    <message>
        <source>Not imported: the file changed after the preview. Import it again.</source>
        <translation>Non importé : le fichier a changé après l’aperçu. Importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Rapports attendus</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Workshop participants</source>
        <translation>Participants aux ateliers</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau(x)</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné(s)</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>field device</source>
        <translation>appareil de terrain</translation>
    </message>
    <message>
        <source>Device {id}</source>
        <translation>Appareil {id}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This vault&apos;s fingerprint</source>
        <translation>Empreinte de ce coffre</translation>
    </message>
    <message>
        <source>Read this to the other side over the phone: HQ checks it when your first bundle arrives.</source>
        <translation>Lisez-la à votre interlocuteur par téléphone : le siège la vérifie à l’arrivée de votre premier lot.</translation>
    </message>
    <message>
        <source>Reading the sync settings…</source>
        <translation>Lecture des réglages de synchronisation…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint:</source>
        <translation>Empreinte de ce coffre :</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>Pas encore d’organisation</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organisation : {name}</translation>
    </message>
    <message>
        <source>This vault is HQ</source>
        <translation>Ce coffre est le siège</translation>
    </message>
    <message>
        <source>This vault is field device {id}</source>
        <translation>Ce coffre est l’appareil de terrain {id}</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Envoyer et recevoir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Joined {name}. Read this vault&apos;s fingerprint (above) to HQ: HQ checks it when your first bundle arrives. Then send your first bundle.</source>
        <translation>Vous avez rejoint {name}. Lisez l’empreinte de ce coffre (ci-dessus) au siège : le siège la vérifie à l’arrivée de votre premier lot. Envoyez ensuite votre premier lot.</translation>
    </message>
    <message>
        <source>Joined {name}</source>
        <translation>Organisation rejointe : {name}</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import an assessment template</source>
        <translation>Importer un modèle d&apos;évaluation</translation>
    </message>
    <message>
        <source>A template file (JSON) from HQ or another organisation. It is checked first; nothing is added to the vault until you import it.</source>
        <translation>Un fichier de modèle (JSON) du siège ou d&apos;une autre organisation. Il est d&apos;abord vérifié ; rien n&apos;est ajouté au coffre avant que vous ne l&apos;importiez.</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose the template file</source>
        <translation>Choisir le fichier de modèle</translation>
    </message>
    <message>
        <source>Problems of the template</source>
        <translation>Problèmes du modèle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Preview of the template</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Section ou élément</translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Add the template to the vault</source>
        <translation>Ajouter le modèle au coffre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a template file</source>
        <translation>Choisir un fichier de modèle</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>This version is already in the vault, unchanged.</source>
        <translation>Cette version est déjà dans le coffre, inchangée.</translation>
    </message>
    <message>
        <source>The vault already holds this template and version with different content. A changed template needs a new version number.</source>
        <translation>Le coffre contient déjà ce modèle et cette version avec un autre contenu. Un modèle modifié doit porter un nouveau numéro de version.</translation>
    </message>
    <message>
        <source>The template is valid. Look it over, then import it.</source>
        <translation>Le modèle est valide. Parcourez-le, puis importez-le.</translation>
    </message>
    <message>
        <source>{count} problems: correct them in the file (the line is where each one is), then choose it again.</source>
        <translation>{count} problèmes : corrigez-les dans le fichier (la ligne indique où se trouve chacun), puis choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>{title}
Template {key}, version {version} · {kind} · languages: {languages} · {sections} sections, {items} items</source>
        <translation>{title}
Modèle {key}, version {version} · {kind} · langues : {languages} · {sections} sections, {items} éléments</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Un seul choix</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Plusieurs choix</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé : {reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported {key} version {version}: it can be chosen for new assessments.</source>
        <translation>{key} version {version} importé : il peut être choisi pour de nouvelles évaluations.</translation>
    </message>
</context>
<context>
    <name>TwoWaySummaryDialog</name>
    <message>
        <source>Two-way summary</source>
        <translation>Synthèse des évaluations réciproques</translation>
    </message>
    <message>
        <source>How partners, together, assess our organisation: the mean of each section across the partners&apos; latest final two-way assessments. No partner&apos;s name or answers are shown.</source>
        <translation>Comment les partenaires, ensemble, évaluent notre organisation : la moyenne de chaque section sur les dernières évaluations réciproques finalisées des partenaires. Ni le nom ni les réponses d’aucun partenaire ne sont affichés.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Two-way summary by section</source>
        <translation>Synthèse des évaluations réciproques par section</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Partners needed before figures are shown</source>
        <translation>Partenaires nécessaires avant d’afficher les chiffres</translation>
    </message>
    <message>
        <source>&amp;Partners needed before figures are shown:</source>
        <translation>&amp;Partenaires nécessaires avant d’afficher les chiffres :</translation>
    </message>
    <message>
        <source>Save threshold</source>
        <translation>Enregistrer le seuil</translation>
    </message>
    <message>
        <source>Save the anonymity threshold</source>
        <translation>Enregistrer le seuil d’anonymat</translation>
    </message>
    <message>
        <source>Close the two-way summary</source>
        <translation>Fermer la synthèse des évaluations réciproques</translation>
    </message>
    <message>
        <source>Withheld: fewer than {minimum} partners answered ({count} did). No figure is shown, so that no partner&apos;s answers can be read back.</source>
        <translation>Masqué : moins de {minimum} partenaires ont répondu ({count} l’ont fait). Aucun chiffre n’est affiché, afin que les réponses d’aucun partenaire ne puissent être retrouvées.</translation>
    </message>
    <message>
        <source>Partners who answered: {count} (at least {minimum} needed).</source>
        <translation>Partenaires ayant répondu : {count} (au moins {minimum} nécessaires).</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>withheld: fewer than {minimum} partners answered</source>
        <translation>masqué : moins de {minimum} partenaires ont répondu</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>Lecture impossible : {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>UnsavedNotice</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save this change again</source>
        <translation>Enregistrer à nouveau cette modification</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>Due within the next</source>
        <translation>À échéance dans les</translation>
    </message>
    <message>
        <source>Number of days ahead</source>
        <translation>Nombre de jours à venir</translation>
    </message>
    <message>
        <source> days</source>
        <translation> prochains jours</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the list of what is due</source>
        <translation>Actualiser la liste des échéances</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Dû depuis</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Yearly dialogues</source>
        <translation>Dialogues annuels</translation>
    </message>
    <message>
        <source>Project reports, visits and audits</source>
        <translation>Rapports de projet, visites et audits</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>Recherche des échéances…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) due, </source>
        <translation>
            <numerusform>%Ln élément à échéance, </numerusform>
            <numerusform>%Ln éléments à échéance, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up actions: {total} ({overdue} overdue)</source>
        <translation>Actions de suivi : {total} ({overdue} en retard)</translation>
    </message>
    <message>
        <source>Yearly partnership dialogues due: {total} ({overdue} overdue)</source>
        <translation>Dialogues de partenariat annuels à tenir : {total} ({overdue} en retard)</translation>
    </message>
    <message>
        <source>Project reports, visits and audits: {total} ({overdue} overdue)</source>
        <translation>Rapports de projet, visites et audits : {total} ({overdue} en retard)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National NGO</source>
        <translation>ONG nationale</translation>
    </message>
    <message>
        <source>Regional NGO</source>
        <translation>ONG régionale</translation>
    </message>
    <message>
        <source>International NGO</source>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Institut de recherche</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Organisme professionnel</translation>
    </message>
    <message>
        <source>Monitoring body</source>
        <translation>Organe de surveillance</translation>
    </message>
    <message>
        <source>Intergovernmental body</source>
        <translation>Organisme intergouvernemental</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>Agence gouvernementale</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institution nationale des droits de l’homme</translation>
    </message>
    <message>
        <source>Foundation or donor</source>
        <translation>Fondation ou bailleur de fonds</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Establishing</source>
        <translation>Mise en place</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Phasing out</source>
        <translation>Retrait progressif</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Plaidoyer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Research and learning</source>
        <translation>Recherche et apprentissage</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>Effacement d’urgence</translation>
    </message>
    <message>
        <source>This destroys the vault “{name}” on this computer at once: its keys are overwritten and its database deleted. Nothing in it can be recovered here, not even with the passphrase or the recovery key. Data already sent to HQ in bundles is not affected.</source>
        <translation>Cette opération détruit immédiatement le coffre « {name} » sur cet ordinateur : ses clés sont écrasées et sa base de données est supprimée. Rien de ce qu’il contient ne pourra être récupéré ici, pas même avec la phrase secrète ou la clé de récupération. Les données déjà envoyées au siège dans des lots ne sont pas concernées.</translation>
    </message>
    <message>
        <source>To confirm, type the word {word} in capital Latin letters (it is the same in every language):</source>
        <translation>Pour confirmer, saisissez le mot {word} en lettres latines majuscules (il est le même dans toutes les langues) :</translation>
    </message>
    <message>
        <source>Type WIPE to confirm</source>
        <translation>Saisissez WIPE pour confirmer</translation>
    </message>
    <message>
        <source>Wipe the vault</source>
        <translation>Effacer le coffre</translation>
    </message>
    <message>
        <source>Wipe the vault now</source>
        <translation>Effacer le coffre maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>P&amp;articipants</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan</source>
        <translation>Plan de s&amp;uivi</translation>
    </message>
    <message>
        <source>&amp;Review earlier plan</source>
        <translation>&amp;Revue du plan précédent</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Dat&amp;es :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Noms séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>A&amp;nimateurs :</translation>
    </message>
    <message>
        <source>Co-design input</source>
        <translation>Apports de co-conception</translation>
    </message>
    <message>
        <source>What partners asked for or shaped in the agenda</source>
        <translation>Ce que les partenaires ont demandé ou façonné dans le programme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>Ce qui a été dit et convenu</translation>
    </message>
    <message>
        <source>Changes are saved as you leave each field.</source>
        <translation>Les modifications sont enregistrées quand vous quittez chaque champ.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Add &amp;partners…</source>
        <translation>Ajouter des &amp;partenaires…</translation>
    </message>
    <message>
        <source>Add participating partners</source>
        <translation>Ajouter des partenaires participants</translation>
    </message>
    <message>
        <source>Add p&amp;erson…</source>
        <translation>Ajouter une p&amp;ersonne…</translation>
    </message>
    <message>
        <source>Add a named person</source>
        <translation>Ajouter une personne nommée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Workshop &amp;report…</source>
        <translation>Rapp&amp;ort d’atelier…</translation>
    </message>
    <message>
        <source>Report of this workshop for the selected partner</source>
        <translation>Rapport de cet atelier pour le partenaire sélectionné</translation>
    </message>
    <message>
        <source>Preview, print or save the workshop report for the selected partner</source>
        <translation>Afficher l’aperçu, imprimer ou enregistrer le rapport d’atelier pour le partenaire sélectionné</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan de suivi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>Ajouter une a&amp;ction…</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translation>Ajouter une action de suivi</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the follow-up action</source>
        <translation>Modifier l’action de suivi</translation>
    </message>
    <message>
        <source>Remove the follow-up action</source>
        <translation>Retirer l’action de suivi</translation>
    </message>
    <message>
        <source>P&amp;articipants ({count})</source>
        <translation>P&amp;articipants ({count})</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan ({count})</source>
        <translation>Plan de s&amp;uivi ({count})</translation>
    </message>
    <message>
        <source>&amp;Review earlier plan ({done}/{total})</source>
        <translation>&amp;Revue du plan précédent ({done}/{total})</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>L’atelier ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Add a participating partner to make a report.</source>
        <translation>Ajoutez un partenaire participant pour créer un rapport.</translation>
    </message>
    <message>
        <source>The participant is no longer listed.</source>
        <translation>Le participant ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <source>Remove this action from the follow-up plan?</source>
        <translation>Retirer cette action du plan de suivi ?</translation>
    </message>
</context>
<context>
    <name>WorkshopPickerDialog</name>
    <message>
        <source>Review an earlier workshop&apos;s plan</source>
        <translation>Revoir le plan d’un atelier précédent</translation>
    </message>
    <message>
        <source>Search workshops</source>
        <translation>Rechercher des ateliers</translation>
    </message>
    <message>
        <source>Search by title, topic or place</source>
        <translation>Rechercher par titre, sujet ou lieu</translation>
    </message>
    <message>
        <source>Earlier workshops</source>
        <translation>Ateliers précédents</translation>
    </message>
    <message>
        <source>Review its plan</source>
        <translation>Revoir son plan</translation>
    </message>
    <message>
        <source>Review the chosen workshop&apos;s plan</source>
        <translation>Revoir le plan de l’atelier choisi</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Suivis ouverts</translation>
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
        <translation>Rechercher des ateliers</translation>
    </message>
    <message>
        <source>Search by title, topic or place</source>
        <translation>Rechercher par titre, sujet ou lieu</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Create a workshop</source>
        <translation>Créer un atelier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected workshop</source>
        <translation>Supprimer l’atelier sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshop(s) found</source>
        <translation>
            <numerusform>%Ln atelier trouvé</numerusform>
            <numerusform>%Ln ateliers trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshop(s)</source>
        <translation>
            <numerusform>%Ln atelier</numerusform>
            <numerusform>%Ln ateliers</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop created</source>
        <translation>Atelier créé</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message>
        <source>Delete this workshop? Its follow-up actions leave the plan and the due lists.</source>
        <translation>Supprimer cet atelier ? Ses actions de suivi seront retirées du plan et des listes d’échéances.</translation>
    </message>
    <message>
        <source>Workshop deleted</source>
        <translation>Atelier supprimé</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>Non supprimé : {reason}</translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message>
        <source>Workshops this partner took part in</source>
        <translation>Ateliers auxquels ce partenaire a participé</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Create a workshop this partner takes part in</source>
        <translation>Créer un atelier auquel ce partenaire participe</translation>
    </message>
    <message>
        <source>Workshop created with this partner taking part</source>
        <translation>Atelier créé avec la participation de ce partenaire</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Answer to {item}</source>
        <translation>Réponse à {item}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
</TS>
