#include "AboutDialog.h"
#include "widgets/AppIcon.h"
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori {

namespace {

QLabel* selectableLabel(const QString& text, const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString& dataFile, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Hamkori"));

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    const QString version = QStringLiteral(HAMKORI_VERSION); // CMake's project version, the one source
    auto* title = new QLabel(tr("Hamkori %1").arg(version), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
    bigger.setBold(true);
    title->setFont(bigger);
    auto* summary =
        new QLabel(tr("The case book of community police partnership teams: concerns, priorities, "
                      "action plans and their progress, kept on this laptop without internet."),
                   this);
    summary->setWordWrap(true);

    auto* facts = new QFormLayout;
    facts->addRow(tr("Version:"), selectableLabel(version, "aboutVersion", this));
    facts->addRow(tr("Data file:"),
                  selectableLabel(QDir::toNativeSeparators(dataFile), "aboutDataFile", this));
    facts->addRow(tr("Qt version:"),
                  selectableLabel(QString::fromLatin1(qVersion()), "aboutQtVersion", this));
    facts->addRow(tr("Licence:"),
                  selectableLabel(tr("GNU General Public License, version 3 or any later version. Hamkori "
                                     "comes with no warranty."),
                                  "aboutLicence", this));

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addLayout(facts);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace hamkori
