#pragma once
// Helpers for tests that drive real widgets offscreen.
#include <QApplication>
#include <QKeyEvent>
#include <QString>
#include <QWidget>
#include <catch2/catch.hpp>

namespace hamkori::test {

/// Types text into a widget one key event per character, like a person at the keyboard. QTest::keyClicks
/// refuses non-ASCII text, and Tajik needs ғ ӣ қ ӯ ҳ ҷ.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

/// The widget (or other object) of that object name under `parent`; the test stops, naming it, when there is
/// none.
template <typename T> T* child(const QObject& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    INFO("child " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}
template <typename T> T* child(const QObject& parent, const char* name)
{
    return child<T>(parent, QString::fromUtf8(name));
}
template <typename T> T* child(const QObject* parent, const char* name)
{
    REQUIRE(parent != nullptr);
    return child<T>(*parent, QString::fromUtf8(name));
}

} // namespace hamkori::test
