using System.Security.Cryptography;
using System.Text;
using ChiSo.Files.Collection;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>One value the upload would change: shown to the user, then saved with the version it was compared with.</summary>
public sealed record WorkbookChange(
    string Criterion, string CriterionName, string Input, string InputLabel, string Address, string Old, string New, string Raw, int? Version, string Sheet = UnitWorkbookLayout.EntrySheet);

/// <summary>One cell (or the whole file, when <see cref="Address"/> is empty) that cannot be read.</summary>
public sealed record WorkbookError(string Sheet, string Address, string Vi, string En)
{
    public string Message => Web.Features.Shared.L.T(Vi, En);
}

/// <summary>What applying an upload would do; nothing may be applied while <see cref="Errors"/> is not empty.</summary>
public sealed record WorkbookPreview(IReadOnlyList<WorkbookChange> Changes, IReadOnlyList<WorkbookError> Errors)
{
    public bool CanApply => Errors.Count == 0 && Changes.Count > 0;

    /// <summary>
    /// A hash of exactly what the user was shown, including the versions compared with: if anything was saved in
    /// between, the recomputed preview no longer matches and the apply is refused rather than overwriting it unseen.
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var c in Changes)
        {
            text.Append(c.Criterion).Append('\u001f').Append(c.Input).Append('\u001f').Append(c.Raw).Append('\u001f')
                .Append(c.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-").Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
