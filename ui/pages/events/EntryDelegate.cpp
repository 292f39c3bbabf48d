#include "EntryDelegate.h"
#include "core/model/Formats.h"
#include "ui/pages/directory/OrganisationPicker.h"
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace hamkori {

EntryDelegate::EntryDelegate(Database& db, QObject* parent) : QStyledItemDelegate(parent), m_db(db) {}

void EntryDelegate::setEditor(int column, Editor editor, Choices choices)
{
    m_columns.insert(column, Column{editor, std::move(choices)});
}

QWidget* EntryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const Column column = columnOf(index);
    switch (column.editor) {
    case Editor::Choice: {
        auto* combo = new QComboBox(parent);
        if (column.choices)
            for (const auto& [text, data] : column.choices())
                combo->addItem(text, data);
        return combo;
    }
    case Editor::Organisation:
        return new OrganisationPicker(m_db, parent);
    case Editor::Score: {
        auto* edit = new QLineEdit(parent);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^\\d{0,4}([.,]\\d{0,2})?$")), edit));
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    case Editor::Answer: {
        auto* edit = new QLineEdit(parent);
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-5]?$")), edit));
        edit->setAlignment(Qt::AlignCenter);
        return edit;
    }
    case Editor::Count: {
        auto* edit = new QLineEdit(parent);
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\d{0,5}$")), edit));
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    case Editor::Text:
    case Editor::Date:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void EntryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* picker = qobject_cast<OrganisationPicker*>(editor)) {
        const QStringList pair = value.toStringList();
        picker->setOrganisation(pair.value(1), pair.value(0));
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EntryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* picker = qobject_cast<OrganisationPicker*>(editor)) {
        model->setData(index, QStringList{picker->organisationUuid(), picker->text()}, Qt::EditRole);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool readScore(const QString& text, std::optional<double>& score)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        score.reset();
        return true;
    }
    bool ok = false;
    const double value = QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || value < 0)
        return false;
    score = value;
    return true;
}

QString scoreText(std::optional<double> score)
{
    if (!score)
        return {};
    const double whole = std::round(*score);
    return std::abs(*score - whole) < 1e-9 ? Formats::number(qint64(whole)) : Formats::number(*score, 1);
}

} // namespace hamkori
