#pragma once
// The concern editor's links tab: the links to other concerns as a list (add, remove, Enter opens the other
// concern) and the link map drawn from them.
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace hamkori {

class AddLinkDialog;
class ConcernEdits;
class LinkMapView;
class RecordTableModel;
enum class LinkKind;

class LinksTab : public QWidget
{
    Q_OBJECT
public:
    LinksTab(ConcernEdits& edits, QWidget* parent = nullptr);

    void load();
    void retranslate();
    RecordTableModel* model() const { return m_model; }
    LinkMapView* map() const { return m_map; }

Q_SIGNALS:
    void openConcernRequested(const QString& uuid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openAddDialog();
    void addLink(const QString& otherUuid, bool outgoing, LinkKind kind, const QString& note);
    void removeCurrent();
    void updateButtons();

    ConcernEdits& m_edits;
    QLabel* m_listLabel;
    QTableView* m_view;
    RecordTableModel* m_model;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_mapLabel;
    LinkMapView* m_map;
    AddLinkDialog* m_dialog = nullptr;
};

} // namespace hamkori
