#pragma once
// The gazetteer: every region, district and city with its names, a filter box that matches any name, names
// edited in place and a dialog to add a place.
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hamkori {
class FieldErrors;
class Session;
} // namespace hamkori

namespace hamkori::settings {

class GazetteerModel;

class GazetteerTab : public QWidget
{
    Q_OBJECT
public:
    GazetteerTab(Session& session, QWidget* parent = nullptr);

    GazetteerModel* model() const { return m_model; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addPlace();
    void selectPlace(const QString& uuid);

    Session& m_session;
    GazetteerModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_filterLabel;
    QLineEdit* m_filterEdit;
    QPushButton* m_addButton;
    QLabel* m_hint;
    QTableView* m_table;
    QLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace hamkori::settings
