#include "GazetteerTab.h"
#include "AddPlaceDialog.h"
#include "GazetteerModel.h"
#include "PlaceChoiceDelegate.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori::settings {

GazetteerTab::GazetteerTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new GazetteerModel(session, this)),
      m_filter(new QSortFilterProxyModel(this)), m_filterLabel(new QLabel(this)), m_filterEdit(new QLineEdit(this)),
      m_addButton(new QPushButton(this)), m_hint(new QLabel(this)), m_table(new QTableView(this)),
      m_error(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_error, this))
{
    m_filterEdit->setObjectName(QStringLiteral("placeFilter"));
    m_addButton->setObjectName(QStringLiteral("addPlaceButton"));
    m_table->setObjectName(QStringLiteral("gazetteerTable"));
    m_error->setObjectName(QStringLiteral("placeError"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filterEdit);
    m_hint->setWordWrap(true);

    // The gazetteer has under a hundred places: filtering them in memory is instant.
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortLocaleAware(true);

    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PlaceChoiceDelegate(m_model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    // Fit the page's width (no sideways scrolling): the names share what the region and kind leave; a cut
    // name shows in full as a tooltip.
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(GazetteerModel::Region, QHeaderView::Interactive);
    header->setSectionResizeMode(GazetteerModel::Kind, QHeaderView::ResizeToContents);
    header->resizeSection(GazetteerModel::Region, 200);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // The order of the data file (by region, the region first) until a column header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_addButton, &QPushButton::clicked, this, &GazetteerTab::addPlace);
    connect(m_model, &GazetteerModel::editRefused, this,
            [this](const Error& error) { m_errors->show(Error{error.message, {}}); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_errors->clear(); });

    retranslate();
}

void GazetteerTab::addPlace()
{
    auto* dialog = new AddPlaceDialog(m_session, *m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectPlace(dialog->createdUuid()); });
    dialog->open();
}

void GazetteerTab::selectPlace(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    QModelIndex shown = m_filter->mapFromSource(m_model->index(row, GazetteerModel::English));
    if (!shown.isValid()) {
        m_filterEdit->clear(); // the new place does not match the filter: show everything
        shown = m_filter->mapFromSource(m_model->index(row, GazetteerModel::English));
    }
    m_table->setCurrentIndex(shown);
    m_table->scrollTo(shown);
    m_table->setFocus();
}

void GazetteerTab::retranslate()
{
    m_filterLabel->setText(tr("&Find a place:"));
    m_filterEdit->setPlaceholderText(tr("Any name in any language, or a region"));
    m_addButton->setText(tr("&Add a place…"));
    m_hint->setText(tr("Double-click a cell to change it. Former names help people find a place by the name "
                       "they remember."));
    m_model->retranslate();
}

void GazetteerTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hamkori::settings
