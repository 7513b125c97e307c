// The map modules/zones.ts makes at build time (and for the unit tests): time zone → place.
declare module 'virtual:signpost-zones' {
  const zones: Readonly<Record<string, import('@/data/directory').RegionId>>;
  export default zones;
}
