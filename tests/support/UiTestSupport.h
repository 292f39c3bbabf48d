#pragma once
// Helpers for tests that drive real widgets offscreen.
#include <QApplication>
#include <QKeyEvent>
#include <QString>
#include <QWidget>

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

} // namespace hamkori::test
