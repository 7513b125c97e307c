/**
 * The guide: its page, which the manifest also names as the options page, and its
 * sections. It opens as the browser's defaults say (the device's time zone and language),
 * never from its address: an address carries a choice into the browser's history and
 * session store, and a choice made in the popup belongs to the popup.
 */
export const GUIDE_PAGE = 'guide.html';

export const SECTION_IDS = ['self', 'family', 'young', 'professionals', 'crisis', 'report', 'privacy'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
