// The table modules/holidays.ts makes at build time (and for the unit tests).
declare module 'virtual:signpost-holidays' {
  const table: import('./holidays').HolidayTable;
  export default table;
}
