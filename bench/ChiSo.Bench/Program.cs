using System.Globalization;
using BenchmarkDotNet.Running;
using ChiSo.Bench;

// `generate --units N --out DIR` writes iMeta.csv and iData.csv; `quick` times the data benchmarks once;
// `communes FILE` adds a published 3,321-commune campaign to an app's SQLite database (bench/web/public.sh);
// anything else runs BenchmarkDotNet.
if (args.Length > 0 && args[0] == "quick")
{
    await QuickMeasure.RunAsync(args.Length > 1 && args[1].Length > 0 ? args[1] : null);
    return 0;
}

if (args.Length == 2 && args[0] == "communes")
{
    return await PublishedCommunes.RunAsync(args[1]);
}

if (args.Length > 0 && args[0] == "generate")
{
    var units = 10_000;
    var output = ".";
    for (var i = 1; i + 1 < args.Length; i += 2)
    {
        switch (args[i])
        {
            case "--units":
                units = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                break;
            case "--out":
                output = args[i + 1];
                break;
            default:
                Console.Error.WriteLine($"Unknown option {args[i]}. Usage: generate --units N --out DIR");
                return 2;
        }
    }

    Directory.CreateDirectory(output);
    File.WriteAllText(Path.Combine(output, "iMeta.csv"), SyntheticCoin.IMeta());
    using (var writer = new StreamWriter(Path.Combine(output, "iData.csv")))
    {
        SyntheticCoin.WriteIData(writer, units, SyntheticCoin.Values(units));
    }

    Console.WriteLine($"Wrote {units} units × {SyntheticCoin.Indicators} indicators to {Path.GetFullPath(output)}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticCoin).Assembly).Run(args);
return 0;
