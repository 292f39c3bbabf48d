#pragma once
// Help → About: which Hamkori this is, which data file it has open, the Qt it runs on and its licence —
// what a helper on the telephone asks first.
#include <QDialog>

namespace hamkori {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString& dataFile, QWidget* parent = nullptr);
};

} // namespace hamkori
