#pragma once
// One lambda per kind of block, for std::visit over a document's blocks.

namespace hamkori::report {

template <class... Ts> struct Visitor : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Visitor(Ts...) -> Visitor<Ts...>;

} // namespace hamkori::report
