// The lists modules/zones.ts makes at build time (and for the unit tests): each place's
// time zones, as one spaced list.
declare module 'virtual:signpost-zones' {
  const zones: Readonly<Partial<Record<import('@/data/directory').RegionId, string>>>;
  export default zones;
}
