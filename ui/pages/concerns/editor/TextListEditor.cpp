#include "TextListEditor.h"
#include "TextListModel.h"
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace hamkori {

TextListEditor::TextListEditor(const QString& name, QWidget* parent)
    : QWidget(parent), m_model(new TextListModel(this)), m_view(new QListView(this)),
      m_entry(new QLineEdit(this)), m_add(new QToolButton(this)), m_remove(new QToolButton(this)),
      m_up(new QToolButton(this)), m_down(new QToolButton(this))
{
    m_view->setObjectName(name);
    m_entry->setObjectName(name + QStringLiteral("New"));
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_up->setObjectName(name + QStringLiteral("Up"));
    m_down->setObjectName(name + QStringLiteral("Down"));

    m_view->setModel(m_model);
    // Not AnyKeyPressed: a cause clicked and then typed over was lost. Typing on the list starts a new entry
    // (eventFilter); an entry is changed only on purpose, by double-click or F2.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setWordWrap(true);
    m_view->setMinimumHeight(90);
    m_view->installEventFilter(this);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    // Tool buttons stay narrow: two lists side by side fit the editor beside the register.
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_remove->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_entry);
    layout->addLayout(buttons);

    connect(m_entry, &QLineEdit::returnPressed, this, &TextListEditor::addTyped);
    connect(m_entry, &QLineEdit::textChanged, this, &TextListEditor::updateButtons);
    connect(m_add, &QToolButton::clicked, this, &TextListEditor::addTyped);
    connect(m_remove, &QToolButton::clicked, this, &TextListEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TextListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TextListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TextListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TextListEditor::updateButtons);
    retranslate();
    updateButtons();
}

void TextListEditor::setPlaceholder(const QString& text)
{
    m_entry->setPlaceholderText(text);
}

void TextListEditor::retranslate()
{
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected entry (Delete)"));
    m_up->setToolTip(tr("Move up"));
    m_down->setToolTip(tr("Move down"));
    m_view->setToolTip(tr("Double-click an entry to edit it"));
}

bool TextListEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Keys typed into an entry being edited go to its editor, not to the view: only the list's own keys
    // arrive here.
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Delete) {
        removeCurrent();
        return true;
    }
    const bool typing = !key->text().isEmpty() && key->text().at(0).isPrint() &&
                        !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (typing) {
        m_entry->setFocus(Qt::OtherFocusReason);
        m_entry->insert(key->text());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TextListEditor::addTyped()
{
    if (m_model->append(m_entry->text())) {
        m_entry->clear();
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
    }
}

void TextListEditor::removeCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row >= 0)
        m_model->removeAt(row);
}

void TextListEditor::moveCurrent(int delta)
{
    const int row = m_view->currentIndex().row();
    if (m_model->move(row, delta))
        m_view->setCurrentIndex(m_model->index(row + delta));
}

void TextListEditor::updateButtons()
{
    const int row = m_view->currentIndex().row();
    m_add->setEnabled(!m_entry->text().trimmed().isEmpty());
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

} // namespace hamkori
