using ChiSo.Engine.Scoring;

namespace ChiSo.Web.Features.Shared;

/// <summary>A framework node's name in the reader's language: the English name when the framework gives one, else the Vietnamese.</summary>
public static class NodeNames
{
    public static string Of(PlanNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return L.IsEnglish && node.Definition?.NameEn is { Length: > 0 } en ? en : node.Name;
    }
}
