#include "AddLinkDialog.h"
#include "EditorFields.h"
#include "RecordTableModel.h"
#include "core/storage/ConcernRepository.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/RestrictedMark.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {
constexpr int kMaxResults = 50;
}

AddLinkDialog::AddLinkDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)),
      m_view(new QTableView(this)), m_model(new RecordTableModel(this)), m_directionLabel(new QLabel(this)),
      m_direction(new QComboBox(this)), m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)),
      m_noteLabel(new QLabel(this)), m_note(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_errors(nullptr)
{
    setObjectName(QStringLiteral("addLinkDialog"));
    m_search->setObjectName(QStringLiteral("linkSearch"));
    m_view->setObjectName(QStringLiteral("linkCandidates"));
    m_direction->setObjectName(QStringLiteral("linkDirection"));
    m_kind->setObjectName(QStringLiteral("linkKind"));
    m_note->setObjectName(QStringLiteral("linkNote"));
    m_search->setClearButtonEnabled(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setMinimumHeight(160);

    auto* general = FieldErrors::makeMessageLabel(this);
    general->setObjectName(QStringLiteral("linkError"));
    m_errors = new FieldErrors(general, this);
    m_errors->bind(QStringLiteral("link"), m_view, general);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_directionLabel, m_direction);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_noteLabel, m_note);
    m_searchLabel->setBuddy(m_search);
    m_directionLabel->setBuddy(m_direction);
    m_kindLabel->setBuddy(m_kind);
    m_noteLabel->setBuddy(m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &AddLinkDialog::search);
    connect(m_view, &QTableView::activated, this, &AddLinkDialog::submit);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddLinkDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 480);
    retranslate();
}

void AddLinkDialog::prepare(const QString& concernUuid, const QString& code, const QString& teamUuid)
{
    m_concernUuid = concernUuid;
    m_code = code;
    m_teamUuid = teamUuid;
    m_note->clear();
    m_errors->clear();
    m_direction->setCurrentIndex(0);
    fields::fillEnum(m_kind, LinkKind::Causes);
    retranslate();
    m_search->clear();
    search();
    m_search->setFocus();
}

void AddLinkDialog::showError(const Error& error)
{
    m_errors->show(error);
}

void AddLinkDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddLinkDialog::retranslate()
{
    setWindowTitle(tr("Link %1 to another concern").arg(m_code));
    m_searchLabel->setText(tr("&Find the other concern by its code or words of its title:"));
    m_search->setPlaceholderText(tr("Code or title"));
    m_directionLabel->setText(tr("D&irection:"));
    const int direction = std::max(0, m_direction->currentIndex());
    m_direction->clear();
    m_direction->addItem(tr("From %1 to the other concern").arg(m_code), true);
    m_direction->addItem(tr("From the other concern to %1").arg(m_code), false);
    m_direction->setCurrentIndex(direction);
    m_kindLabel->setText(tr("&Kind of link:"));
    if (m_kind->count() > 0)
        fields::fillEnum(m_kind, fields::enumOf<LinkKind>(m_kind));
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setPlaceholderText(tr("How the two concerns are connected (optional)"));
    m_model->setHeaders({tr("Code"), tr("Title")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add link"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void AddLinkDialog::search()
{
    ConcernFilter filter;
    filter.teamUuid = m_teamUuid;
    filter.search = m_search->text();
    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = false;
    QList<RecordTableModel::Row> rows;
    if (auto page = ConcernRepository(m_session.db()).page(filter, 0, kMaxResults + 1)) {
        for (const ConcernRow& concern : *page) {
            if (concern.uuid == m_concernUuid || rows.size() == kMaxResults)
                continue;
            rows.append({concern.uuid,
                         {concern.code, concern.title},
                         concern.restricted ? RestrictedMark::toolTip() : QString(),
                         {},
                         concern.restricted ? 0 : -1});
        }
    }
    m_model->setRows(rows);
    if (!rows.isEmpty())
        m_view->selectRow(0);
    m_view->resizeColumnToContents(0);
}

void AddLinkDialog::submit()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_errors->show(fieldError(QStringLiteral("link"), tr("Choose the concern to link to in the list.")));
        return;
    }
    m_errors->clear();
    Q_EMIT submitted(m_model->row(current.row()).uuid, m_direction->currentData().toBool(),
                     fields::enumOf<LinkKind>(m_kind), m_note->text());
}

} // namespace hamkori
