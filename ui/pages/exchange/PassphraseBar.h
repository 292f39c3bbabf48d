#pragma once
// The exchange passphrase for this session: typed once at the top of the Exchange page and kept in memory,
// in this widget only, until the window closes (never written anywhere). When Settings holds a verifier
// (settings::PassphraseBox), a mistyped passphrase is told as soon as the field is left.
#include <QWidget>

class QLabel;
class QLineEdit;

namespace hamkori::exchange {

class PassphraseBar : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseBar(QWidget* parent = nullptr);

    QString passphrase() const;
    /// Why the passphrase cannot be used to lock a bundle (empty, mistyped, too weak when Settings has none),
    /// empty when it can; shows the reason under the field too. `forExport`: a new bundle is locked with it,
    /// so without a verifier it must at least pass the strength rule.
    QString problem(bool forExport);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showProblem(const QString& message);

    QLabel* m_label;
    QLineEdit* m_edit;
    QLabel* m_hint;
    QLabel* m_message;
    QString m_checked; // the text last found to match the verifier (Argon2id is slow: check it once)
};

} // namespace hamkori::exchange
