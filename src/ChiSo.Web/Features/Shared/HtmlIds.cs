namespace ChiSo.Web.Features.Shared;

/// <summary>Element ids and anchors made from a node's code ("1.2" → "1-2"), the same on every part of a page.</summary>
public static class HtmlIds
{
    public static string Of(string code) => code?.Replace('.', '-') ?? "";
}
