/**
 * Two invented readouts of one invented call, written for the size tests: realistic official English of
 * about 1,500 characters each, on the same subject but worded independently (as real readouts are).
 */

export const NORLAND_READOUT = `Prime Minister Anna Villem spoke by telephone this afternoon with President Tomas Reik of Estmark. The two leaders discussed the dispute over fishing rights in the northern shelf, which has kept trawlers from both countries in port since early March.

The Prime Minister underlined that Norland remains committed to a negotiated settlement based on the 1998 boundary treaty and on the scientific advice of the joint fisheries commission. She proposed that the commission meet in Tallberg before the end of the month to review this year's quotas, and that both coast guards suspend inspections of each other's vessels while the talks continue.

President Reik welcomed the proposal in principle and thanked the Prime Minister for her constructive tone. He said that Estmark would study the suggested dates and respond through diplomatic channels within a week.

The leaders also touched on energy cooperation, including the planned interconnector across the strait, and agreed that their ministers of energy would meet in the autumn. The Prime Minister raised the case of two Norlandic crew members detained in Port Elin, and asked that they be allowed consular visits without delay.

Both leaders expressed their wish to keep the dispute from harming the wider relationship between the two countries, which this year marks the fortieth anniversary of the friendship agreement. They agreed to remain in close contact, to ask their foreign ministers to prepare a joint statement, and to speak again once the commission has met.`

export const ESTMARK_READOUT = `At the request of the Norlandic side, President Tomas Reik held a telephone conversation with Prime Minister Anna Villem of Norland, the third such call this year.

The President set out Estmark's principled position on the northern shelf. He stressed that Estmarkian fishermen have worked those waters for generations and that no quota can be agreed while Norlandic vessels continue to enter the disputed zone without permission. Any talks, he said, must start from the catch figures of the last five years rather than from outdated surveys.

The proposal to convene the joint fisheries commission was noted. The President instructed the foreign ministry to examine it carefully, bearing in mind that previous rounds had produced no results because of the rigid approach of the other side.

On the two Norlandic sailors held in Port Elin, the President explained that the matter is before the courts and that Estmark's judicial authorities act independently. Consular access will be granted in accordance with the law.

The conversation also covered energy. The President confirmed Estmark's interest in the strait interconnector, provided that the terms are fair and that Estmarkian companies take part in its construction.

The President emphasized that Estmark values good-neighbourly relations and will not allow the fisheries question to be used as a pretext for pressure. The conversation was frank and businesslike. It was agreed to continue contacts at various levels, including between the foreign ministries and the relevant agencies.`
