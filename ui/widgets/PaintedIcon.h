#pragma once
// An icon drawn with QPainter at whatever size is asked for, instead of a bitmap: sharp at any size, and no
// icon theme to search at start-up (the style's standard icons read the theme's index files and PNGs, a
// noticeable part of the time before the window first appears).
#include <QIcon>
#include <functional>

namespace hamkori {

/// Draws the picture into the square `rect` for the icon `mode` (Normal, Disabled, Selected…).
using IconPainter = std::function<void(QPainter& painter, const QRectF& rect, QIcon::Mode mode)>;

/// A square icon drawn by `paint`; `key` names it for QIcon's cache.
QIcon paintedIcon(const QString& key, IconPainter paint);

} // namespace hamkori
