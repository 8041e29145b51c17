using ChiSo.Engine.Units;

namespace ChiSo.Files.Units;

/// <summary>The registry files embedded in ChiSo.Files (see <c>Registry/README.md</c>).</summary>
public static class ShippedRegistry
{
    private const string Prefix = "ChiSo.Files.Units.Registry.";

    /// <summary>Builds the registry from the embedded files.</summary>
    public static UnitRegistry Load()
    {
        using var provinces63 = Open("admin_provinces_63_pre_2025.csv");
        using var provinces34 = Open("admin_provinces_34_post_2025.csv");
        using var communes = Open("vn-communes-2025.csv");
        using var lineage = Open("vn-commune-lineage-2025.csv");
        return RegistryBuilder.Build(new RegistrySources(provinces63, provinces34, communes, lineage));
    }

    private static StreamReader Open(string file)
    {
        var stream = typeof(ShippedRegistry).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"The embedded registry file {file} is missing from ChiSo.Files.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
