#pragma once
// The team network's exchange passphrase: set or changed here, kept only as a verifier (Argon2id,
// core/sync/Passphrase.h) in QSettings, never the passphrase itself. The Exchange page uses the verifier to
// tell a mistyped passphrase at once.
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hamkori::settings {

class PassphraseBox : public QGroupBox
{
    Q_OBJECT
public:
    /// The stored verifier, empty when none.
    static QString storedVerifier();

    explicit PassphraseBox(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void save();
    void showMessage(const QString& message);

    QLabel* m_state;
    QLabel* m_newLabel;
    QLineEdit* m_new;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QLabel* m_rule;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace hamkori::settings
