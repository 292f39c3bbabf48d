#pragma once
// The Trainers tab of an event: who trained, from which organisation (of the directory, or any name typed)
// and their background. A name typed in the last row adds a trainer; every change is one undo step.
#include "EventRowsModel.h"
#include <QWidget>

class QLabel;
class QPushButton;

namespace hamkori {

class EntryGrid;
class Session;

class TrainersPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Organisation,
        Background,
    };

    explicit TrainersPanel(Session& session, QWidget* parent = nullptr);

    void setEvent(const QString& eventUuid);
    void retranslate();
    EventChildModel<Trainer>* model() const { return m_model; }

private:
    QString eventCode() const;
    void deleteTrainer();

    Session& m_session;
    QString m_event;
    EventChildModel<Trainer>* m_model;
    EntryGrid* m_grid;
    QLabel* m_hint;
    QPushButton* m_add;
    QPushButton* m_delete;
    QLabel* m_error;
};

} // namespace hamkori
