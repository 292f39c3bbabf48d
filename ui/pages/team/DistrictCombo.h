#pragma once
// The district or city of a team, chosen from the gazetteer: names in the UI language, grouped under their
// region (regions are headings, not choices), searchable by typing any part of a name (also former names).
#include <QComboBox>

class QCompleter;
class QStandardItemModel;

namespace hamkori {

class Database;

class DistrictCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit DistrictCombo(Database& db, QWidget* parent = nullptr);

    /// Reads the gazetteer again (names follow the UI language); keeps the chosen place.
    void reload();
    QString currentDistrict() const;
    /// Shows a place without emitting districtChosen.
    void setCurrentDistrict(const QString& uuid);

Q_SIGNALS:
    /// The user chose a district or city (by the list or by typing and picking a match).
    void districtChosen(const QString& uuid);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void showChosen();

    Database& m_db;
    QStandardItemModel* m_places;
    QStandardItemModel* m_searchable; // the choosable places only, with their former names, for the completer
    QCompleter* m_completer;
    QString m_chosen;
    bool m_loading = false;
};

} // namespace hamkori
