namespace ChiSo.Web.Features.Setup;

/// <summary>A sentence for the user in both languages; <see cref="Shown"/> picks the user's.</summary>
public sealed record Message(string Vi, string En)
{
    public string Shown => Shared.L.T(Vi, En);
}
