#pragma once
// A person's name as a signature line prints it. Members' names are typed as people write them: in the
// Russian order ("Раҳимзода Ҷамшед Абдуллоевич", "Нуриддинов Абдусаттор") or given name first ("Мавҷуда
// Раҳимова", "Ҷамшед Абдуллоевич Раҳимзода"). Documents want initials, then the surname.
#include <QString>

namespace hamkori {

/// "Ҷ. А. Раҳимзода" from any of the orders above. The surname is found by the patronymic (-ович, -евна,
/// -ична…: the surname comes before given name and patronymic, or after them) and otherwise by its ending
/// (-ов, -ева, -зода, -заде, -пур, -ский…; weaker: -ин, -ина, -ӣ, -ён); when that decides nothing, the last
/// word is the surname. Initials already typed ("Саидов Н.", "Ҷ.А. Раҳимзода") are kept; a hyphenated given
/// name gives "М.-С."; a single word is returned as it is; spaces around and between words are ignored.
QString initialsAndSurname(const QString& fullName);

} // namespace hamkori
