// The app's filters, applied to the event table as an AG Grid external filter: the table is
// sent once and a filter change only sends the visible ids (see the clientside callback).
var dagfuncs = (window.dashAgGridFunctions = window.dashAgGridFunctions || {});
window.timelineVisible = window.timelineVisible || null;
dagfuncs.timelineFilterActive = function () {
  return window.timelineVisible !== null;
};
dagfuncs.timelineRowVisible = function (node) {
  return window.timelineVisible === null || window.timelineVisible.has(node.data.event_id);
};
