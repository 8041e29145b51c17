using System.Globalization;
using System.Text;

namespace ChiSo.Bench;

/// <summary>
/// A deterministic synthetic COINr set: units × 300 indicators → 30 pillars → 5 sub-indices → 1 index,
/// 2 % missing, mixed distributions (normal, log-normal, uniform), every 7th indicator with direction −1.
/// </summary>
internal static class SyntheticCoin
{
    public const int Indicators = 300;
    public const int Pillars = 30;
    public const int SubIndices = 5;

    public static string IMeta()
    {
        var sb = new StringBuilder("Level,iCode,iName,Direction,Weight,Parent,Type\n");
        for (var i = 0; i < Indicators; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"1,I{i:D3},Indicator {i},{(i % 7 == 0 ? -1 : 1)},{1 + (i % 3)},P{i % Pillars:D2},Indicator\n");
        }

        for (var p = 0; p < Pillars; p++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"2,P{p:D2},Pillar {p},1,1,S{p % SubIndices},Aggregate\n");
        }

        for (var s = 0; s < SubIndices; s++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"3,S{s},Sub-index {s},1,1,Index,Aggregate\n");
        }

        sb.Append("4,Index,Index,1,1,,Aggregate\n");
        sb.Append(",Region,Region,,,,Group\n");
        return sb.ToString();
    }

    /// <summary>Indicator columns, one array per indicator; NaN = missing.</summary>
    public static double[][] Values(int units, int seed = 20240601)
    {
        var random = new Random(seed);
        var columns = new double[Indicators][];
        for (var i = 0; i < Indicators; i++)
        {
            var x = new double[units];
            for (var u = 0; u < units; u++)
            {
                x[u] = random.NextDouble() < 0.02 ? double.NaN : Draw(random, i % 3);
            }

            columns[i] = x;
        }

        return columns;
    }

    private static double Draw(Random random, int kind)
    {
        // Box–Muller normal from two uniforms.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return kind switch
        {
            0 => 50 + 10 * normal,
            1 => Math.Exp(1 + normal),
            _ => 100 * random.NextDouble(),
        };
    }

    public static void WriteIData(TextWriter writer, int units, double[][] values)
    {
        writer.Write("uCode,uName,Region");
        for (var i = 0; i < Indicators; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",I{i:D3}"));
        }

        writer.Write('\n');
        Span<char> buffer = stackalloc char[32];
        for (var u = 0; u < units; u++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"U{u:D6},Unit {u},R{u % 8}"));
            for (var i = 0; i < Indicators; i++)
            {
                writer.Write(',');
                var v = values[i][u];
                if (!double.IsNaN(v) && v.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture))
                {
                    writer.Write(buffer[..written]);
                }
            }

            writer.Write('\n');
        }
    }
}
