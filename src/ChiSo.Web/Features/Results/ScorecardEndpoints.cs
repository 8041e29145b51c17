using ChiSo.Data.Results;

namespace ChiSo.Web.Features.Results;

/// <summary>/public/campaigns/{id}/units/{unitCode}/scorecard.pdf: the print view printed by Chromium, or the print view itself.</summary>
public static class ScorecardEndpoints
{
    public static void MapScorecardPdf(this IEndpointRouteBuilder app) =>
        app.MapGet("/public/campaigns/{id:int}/units/{unitCode}/scorecard.pdf", Pdf)
            .AllowAnonymous().ExcludeFromDescription().CacheOutput("public");

    private static async Task<IResult> Pdf(int id, string unitCode, ResultsReader reader, ScorecardPrinter printer, CancellationToken ct)
    {
        if (unitCode.Length > UnitProfile.MaxCodeLength || await reader.PublishedAsync(id, ct) is not { } results || results.Unit(unitCode) is not { } unit)
        {
            return TypedResults.NotFound();
        }

        // The path is built from the snapshot's own code, never from the request's text.
        var print = $"/public/campaigns/{results.Campaign.Id}/units/{Uri.EscapeDataString(unit.Code)}/print";
        if (!printer.Installed)
        {
            return TypedResults.Redirect(print + "?pdf=" + PrintPdfNote.Unavailable);
        }

        return await printer.PrintAsync(print, ct) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", $"phieu-diem-{unit.Code}-{results.Campaign.Year}.pdf")
            : TypedResults.Redirect(print + "?pdf=" + PrintPdfNote.Failed);
    }
}
