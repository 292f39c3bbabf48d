#pragma once
// Adds or changes a referral: the day people were referred, the service (a kind of service and the
// organisation of the directory that offers it), how many people by sex and age band, and what became of it.
// Counts only: the dialog says that no names are kept. The owner saves on submitted() and either accepts the
// dialog or shows core's message with showError() (the dialog then stays, with what was entered).
#include "core/Result.h"
#include "core/model/Directory.h"
#include <QDialog>

class QComboBox;
class QLabel;

namespace hamkori {

class FieldErrors;
class OptionalDateEdit;
class SexAgeCountsGrid;
struct ServiceSummary;

class ReferralDialog : public QDialog
{
    Q_OBJECT
public:
    /// `services` with the text each is shown by; `referral` the one being changed, or a new one.
    ReferralDialog(const Referral& referral, const QList<std::pair<QString, QString>>& services,
                   QWidget* parent = nullptr);

    /// The referral as entered (the team, concern and UUID as given).
    Referral referral() const;
    void showError(const Error& error);
    FieldErrors* errors() const { return m_errors; }
    SexAgeCountsGrid* counts() const { return m_counts; }

Q_SIGNALS:
    void submitted();

private:
    Referral m_referral;
    OptionalDateEdit* m_date;
    QComboBox* m_service;
    SexAgeCountsGrid* m_counts;
    QComboBox* m_outcome;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
