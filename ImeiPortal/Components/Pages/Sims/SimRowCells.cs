using System.Globalization;
using System.Text;
using ImeiPortal.Components.Shared;
using ImeiPortal.Features.Sims;

namespace ImeiPortal.Components.Pages.Sims;

/// <summary>
/// A SIM list row's cells after its checkbox, as one piece of HTML. In Razor each cell's element, attributes and text
/// are frames of the list's render tree, about 45 a row: 50 rows passed 2,048 frames, and every open list kept two
/// 4,096-frame buffers (320 KB a circuit). As one markup frame a row costs its HTML string and the tree stays small
/// (bench/README.md, memory per circuit). Nothing in these cells handles an event: the links are plain links.
/// </summary>
public static class SimRowCells
{
    public static string Html(SimDto sim, string customer, BrowserTime time)
    {
        var html = new StringBuilder(640);
        var iccid = HtmlText.Encode(sim.Iccid);
        html.Append("<td class=\"mud-table-cell nowrap iccid-cell\"><a href=\"/sims/").Append(iccid).Append("\" class=\"sim-link mono\">")
            .Append(iccid).Append("</a></td>");
        html.Append("<td class=\"mud-table-cell status-cell\">").Append(sim.Status);
        if (sim.PendingOrders > 0)
        {
            html.Append(" <span class=\"sim-chip sim-chip-pending\">").Append(sim.PendingOrders.ToString(CultureInfo.InvariantCulture)).Append(" pending</span>");
        }

        html.Append("</td><td class=\"mud-table-cell\">").Append(ImeiStatusBadge.Html(sim.ImeiStatus)).Append("</td>");
        // With the lock column hidden (narrow screens) the lock is still on hover of the last seen IMEI.
        html.Append("<td class=\"mud-table-cell mono\"");
        if (sim.ImeiLock is { } imeiLock)
        {
            html.Append(" title=\"IMEI lock: ").Append(HtmlText.Encode(imeiLock)).Append('"');
        }

        html.Append('>').Append(HtmlText.Encode(sim.Imei)).Append("</td>");
        html.Append("<td class=\"mud-table-cell mono col-lock\">").Append(HtmlText.Encode(sim.ImeiLock)).Append("</td>");
        html.Append("<td class=\"mud-table-cell nowrap sim-last-seen\">").Append(LocalTime.Html(time, sim.ImeiLastSeenAt, "yyyy-MM-dd HH:mm")).Append("</td>");
        html.Append("<td class=\"mud-table-cell\"><span class=\"sim-customer\">").Append(HtmlText.Encode(customer)).Append("</span></td>");
        html.Append("<td class=\"mud-table-cell flags-cell\">");
        if (sim.FrequentImeiChanges)
        {
            html.Append("<span class=\"sim-chip sim-chip-frequent\" title=\"More than 2 IMEI changes within 48 h: the lock is not meant for SIMs that move often.\">frequent</span>");
        }

        if (sim.TacChanged)
        {
            html.Append("<span class=\"sim-chip sim-chip-model\" title=\"The last IMEI change moved to another device model (TAC).\">model</span>");
        }

        return html.Append("</td>").ToString();
    }
}
