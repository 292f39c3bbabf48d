#include "QuestionnairePanel.h"
#include "SurveyEdits.h"
#include "core/model/Limits.h"
#include "core/model/Questionnaire.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/pages/directory/CheckList.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace hamkori {

QuestionnairePanel::QuestionnairePanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)), m_new(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_heading(new QLabel(this)), m_textLabel(new QLabel(this)),
      m_text(new QLineEdit(this)), m_optionsLabel(new QLabel(this)), m_options(new QPlainTextEdit(this)),
      m_categories(new CheckList(true, this)), m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)),
      m_maxLabel(new QLabel(this)), m_max(new QSpinBox(this)), m_note(new QLabel(this)),
      m_save(new QPushButton(this)), m_general(FieldErrors::makeMessageLabel(this)),
      m_errors(new FieldErrors(m_general, this))
{
    m_list->setObjectName(QStringLiteral("questionList"));
    m_new->setObjectName(QStringLiteral("newQuestionButton"));
    m_remove->setObjectName(QStringLiteral("removeQuestionButton"));
    m_heading->setObjectName(QStringLiteral("questionHeading"));
    m_text->setObjectName(QStringLiteral("questionText"));
    m_options->setObjectName(QStringLiteral("questionOptions"));
    m_categories->setObjectName(QStringLiteral("questionCategories"));
    m_kind->setObjectName(QStringLiteral("questionAnswerKind"));
    m_max->setObjectName(QStringLiteral("questionMaxChoices"));
    m_save->setObjectName(QStringLiteral("saveQuestionButton"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_options->setTabChangesFocus(true);
    m_max->setRange(0, limits::kSurveyOptions);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    enumcombo::fill<AnswerKind>(m_kind);
    m_textLabel->setBuddy(m_text);
    m_optionsLabel->setBuddy(m_options);
    m_kindLabel->setBuddy(m_kind);
    m_maxLabel->setBuddy(m_max);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    listLayout->addLayout(listButtons);

    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_heading);
    const auto withMessage = [this](const QString& field, QWidget* edit) {
        auto* message = FieldErrors::makeMessageLabel(this);
        message->setObjectName(QStringLiteral("questionError_") + field);
        m_errors->bind(field, edit, message);
        return FieldErrors::withMessage(edit, message, this);
    };
    editorLayout->addWidget(m_textLabel);
    editorLayout->addWidget(withMessage(QStringLiteral("text"), m_text));
    editorLayout->addWidget(m_optionsLabel);
    auto* options = new QWidget(this);
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_options, 1);
    optionsLayout->addWidget(m_categories, 1);
    editorLayout->addWidget(withMessage(QStringLiteral("options"), options), 1);
    auto* answers = new QHBoxLayout;
    answers->addWidget(m_kindLabel);
    answers->addWidget(m_kind, 1);
    answers->addWidget(m_maxLabel);
    answers->addWidget(withMessage(QStringLiteral("max_choices"), m_max));
    editorLayout->addLayout(answers);
    editorLayout->addWidget(m_note);
    editorLayout->addWidget(m_general);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch();
    editorLayout->addLayout(saveRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_questions.size())
            showQuestion(m_questions[row]);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_max->setEnabled(enumcombo::value<AnswerKind>(m_kind) == AnswerKind::SeveralOptions &&
                          m_kind->isEnabled());
    });
    connect(m_new, &QPushButton::clicked, this, &QuestionnairePanel::startNew);
    connect(m_remove, &QPushButton::clicked, this, &QuestionnairePanel::removeQuestion);
    connect(m_save, &QPushButton::clicked, this, &QuestionnairePanel::save);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (!m_survey.isEmpty() &&
            (kinds.contains(QStringLiteral("survey_question")) || kinds.contains(QStringLiteral("survey")) ||
             kinds.contains(QStringLiteral("reference_item"))))
            reload();
    });
    retranslate();
    setSurvey(QString());
}

void QuestionnairePanel::retranslate()
{
    m_new->setText(tr("&New question"));
    m_remove->setText(tr("&Remove the question"));
    m_textLabel->setText(tr("&Question as the sheet asks it:"));
    m_kindLabel->setText(tr("&Answers:"));
    m_maxLabel->setText(tr("at &most:"));
    m_max->setSpecialValueText(tr("any number"));
    m_max->setMinimumWidth(m_max->fontMetrics().horizontalAdvance(m_max->specialValueText()) + 40);
    m_categories->filter()->setPlaceholderText(tr("Type to find a category"));
    m_options->setPlaceholderText(tr("One option per line, in the order of the sheet"));
    enumcombo::fill<AnswerKind>(m_kind);
    reload();
}

void QuestionnairePanel::setSurvey(const QString& surveyUuid)
{
    m_survey = surveyUuid;
    m_shown.reset();
    m_newMode = false;
    setEnabled(!surveyUuid.isEmpty());
    reload();
}

void QuestionnairePanel::fillCategories()
{
    const QStringList checked = m_categories->checked();
    m_categories->clear();
    if (auto items = ReferenceRepository(m_session.db()).items(ReferenceList::Category))
        for (const ReferenceItem& item : *items)
            m_categories->addEntry(item.meta.uuid, item.name(Translations::current()));
    m_categories->setChecked(checked);
}

void QuestionnairePanel::reload()
{
    m_questions.clear();
    m_code.clear();
    SurveyRepository surveys(m_session.db());
    if (!m_survey.isEmpty()) {
        if (auto found = surveys.survey(m_survey))
            m_code = found->code;
        if (auto all = surveys.questions(m_survey))
            m_questions = *all;
    }
    fillCategories();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int chosen = -1;
    for (int i = 0; i < m_questions.size(); ++i) {
        const SurveyQuestion& q = m_questions[i];
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(q.number).arg(questionnaire::text(q)));
        item->setData(Qt::UserRole, q.meta.uuid);
        m_list->addItem(item);
        if (m_shown && m_shown->meta.uuid == q.meta.uuid)
            chosen = i;
    }
    if (chosen >= 0) {
        m_list->setCurrentRow(chosen);
        showQuestion(m_questions[chosen]);
    } else if (m_newMode || m_questions.isEmpty()) {
        if (m_newMode)
            showNewQuestionTexts(); // what is being typed stays; the language may have changed
        else
            startNew();
    } else {
        // Removed, or its adding undone, or a round just opened: its first question.
        m_list->setCurrentRow(0);
        showQuestion(m_questions.first());
    }
}

bool QuestionnairePanel::chooseQuestion(int number)
{
    for (int i = 0; i < m_questions.size(); ++i)
        if (m_questions[i].number == number) {
            m_list->setCurrentRow(i);
            showQuestion(m_questions[i]);
            return true;
        }
    return false;
}

void QuestionnairePanel::startNew()
{
    m_shown.reset();
    m_newMode = true;
    m_errors->clear();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_text->clear();
    m_options->clear();
    m_options->show();
    m_categories->hide();
    showNewQuestionTexts();
    m_kind->setEnabled(true);
    enumcombo::select(m_kind, AnswerKind::OneOption);
    m_max->setValue(0);
    m_max->setEnabled(false);
    m_note->clear();
    m_note->hide();
    m_remove->setEnabled(false);
}

void QuestionnairePanel::showNewQuestionTexts()
{
    m_heading->setText(tr("A question of the team's own, asked after the others"));
    m_optionsLabel->setText(tr("&Options, one per line:"));
    m_save->setText(tr("&Add the question"));
}

void QuestionnairePanel::showQuestion(const SurveyQuestion& q)
{
    m_shown = q;
    m_newMode = false;
    m_errors->clear();
    const bool standard = q.topic != SurveyTopic::Custom;
    const bool categories = q.topic == SurveyTopic::TopConcerns;
    m_heading->setText(standard ? tr("Question %1, a standard question").arg(q.number)
                                : tr("Question %1, the team's own").arg(q.number));
    m_text->setText(questionnaire::text(q));
    m_text->setCursorPosition(0);
    m_options->setVisible(!categories);
    m_categories->setVisible(categories);
    if (categories) {
        m_optionsLabel->setText(tr("&Concern categories offered:"));
        m_categories->setChecked(q.options);
    } else {
        m_optionsLabel->setText(tr("&Options, one per line:"));
        m_options->setPlainText(questionnaire::options(q).join(QLatin1Char('\n')));
    }
    // The indicators read a standard question's options by number: they may be renamed and added to, but
    // whether it takes one answer or several stays as it is.
    m_kind->setEnabled(!standard);
    enumcombo::select(m_kind, q.answerKind);
    m_max->setValue(q.maxChoices);
    m_max->setEnabled(q.answerKind == AnswerKind::SeveralOptions);
    m_note->setText(categories ? tr("Tick the categories the sheet offers, in the order of the list.")
                    : standard ? tr("The standard options keep their numbers: rename them if the sheet "
                                    "words them differently, and add new ones after them.")
                               : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    m_save->setText(tr("&Save the question"));
    m_remove->setEnabled(true);
}

bool QuestionnairePanel::read(SurveyQuestion& q)
{
    const QString text = m_text->text().trimmed();
    const bool standard = q.topic != SurveyTopic::Custom;
    // The standard wording is kept as "standard", so that the sheet reads it in every language.
    SurveyQuestion usualWording;
    usualWording.topic = q.topic;
    q.text = standard && text == questionnaire::text(usualWording) ? QString() : text;
    if (q.topic == SurveyTopic::TopConcerns) {
        q.options = m_categories->checked();
    } else {
        QStringList lines;
        for (const QString& line : m_options->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        if (standard) {
            const QStringList usual = questionnaire::standardOptions(q.topic);
            if (lines.size() < usual.size()) {
                m_errors->show(Error{tr("Keep the %1 standard options: rename them if needed, and add new "
                                        "ones after them.")
                                         .arg(usual.size()),
                                     QStringLiteral("options")});
                return false;
            }
            // A standard option as worded in the language shown stays standard.
            for (int i = 0; i < usual.size(); ++i)
                if (lines[i] == usual[i])
                    lines[i].clear();
            while (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
        }
        q.options = lines;
    }
    if (!standard)
        q.answerKind = enumcombo::value<AnswerKind>(m_kind);
    q.maxChoices = q.answerKind == AnswerKind::SeveralOptions ? m_max->value() : 0;
    return true;
}

void QuestionnairePanel::save()
{
    m_errors->clear();
    if (m_survey.isEmpty())
        return;
    if (!m_shown) {
        SurveyQuestion q;
        q.surveyUuid = m_survey;
        q.topic = SurveyTopic::Custom;
        if (!read(q))
            return;
        auto made = surveys::add(m_session, tr("add a question to %1").arg(m_code), q);
        if (!made) {
            m_errors->show(made.error());
            return;
        }
        auto stored = SurveyRepository(m_session.db()).question(*made);
        if (stored) {
            reload();
            chooseQuestion(stored->number);
        }
        return;
    }
    auto before = SurveyRepository(m_session.db()).question(m_shown->meta.uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    SurveyQuestion after = *before;
    if (!read(after))
        return;
    if (auto done = surveys::change(m_session, tr("change question %1 of %2").arg(before->number).arg(m_code),
                                    *before, after);
        !done)
        m_errors->show(done.error());
}

void QuestionnairePanel::removeQuestion()
{
    if (!m_shown)
        return;
    const SurveyQuestion q = *m_shown;
    // Undo brings it back with the answers the sheets hold: no question asked first.
    if (auto done = surveys::remove<SurveyQuestion>(
            m_session, tr("remove question %1 of %2").arg(q.number).arg(m_code), q.meta.uuid);
        !done)
        m_errors->show(done.error());
}

} // namespace hamkori
