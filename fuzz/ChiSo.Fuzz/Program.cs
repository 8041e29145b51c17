using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChiSo.Fuzz;

// scripts/fuzz [SECONDS] [TARGET]: mutates seeds for each reader in turn until the time is up. A reader that throws,
// or takes longer than the limit, is a finding: its input is saved under fuzz/out/findings and the run exits 1.
// Regressions (fuzz/regressions/TARGET/*.bin) are replayed first, and by ChiSo.Files.Tests on every test run.
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
var only = args.Length > 1 ? args[1] : null;
var root = Runner.RepositoryRoot();
var targets = Targets.All(root).Where(t => only is null || t.Name == only).ToList();
if (targets.Count == 0)
{
    Console.Error.WriteLine($"Không có đích '{only}'. Các đích: {string.Join(", ", Targets.All(root).Select(t => t.Name))}");
    return 2;
}

var runner = new Runner(root, TimeSpan.FromSeconds(2));
foreach (var (target, file) in Runner.Regressions(root, targets))
{
    if (!runner.Try(target, File.ReadAllBytes(file)))
    {
        return 1;
    }
}

var random = new Random(Environment.TickCount);
var mutator = new Mutator(random);
var clock = Stopwatch.StartNew();
var runs = targets.ToDictionary(t => t.Name, _ => 0L);
while (clock.Elapsed.TotalSeconds < seconds)
{
    foreach (var target in targets)
    {
        var seed = target.Seeds[random.Next(target.Seeds.Count)];
        if (!runner.Try(target, mutator.Mutate(seed, target.Seeds)))
        {
            return 1;
        }

        runs[target.Name]++;
    }
}

foreach (var (name, count) in runs)
{
    Console.WriteLine($"{name,-16} {count,10:N0} lần chạy, không lỗi / runs, no finding");
}

Console.WriteLine($"0 findings in {clock.Elapsed.TotalSeconds:F0} s");
return 0;

namespace ChiSo.Fuzz
{
    /// <summary>Runs one input with a time limit and saves it when the reader throws or hangs.</summary>
    internal sealed class Runner(string root, TimeSpan limit)
    {
        private readonly string _out = Path.Combine(root, "fuzz", "out");

        public bool Try(Target target, byte[] input)
        {
            Directory.CreateDirectory(_out);
            // Written before the run: a stack overflow ends the process, and this file is then the finding.
            File.WriteAllBytes(Path.Combine(_out, "last-" + target.Name + ".bin"), input);
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    target.Run(input);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }, 16 * 1024 * 1024);
            thread.Start();
            var finished = thread.Join(limit);
            if (finished && failure is null)
            {
                return true;
            }

            var findings = Path.Combine(_out, "findings");
            Directory.CreateDirectory(findings);
            var name = $"{target.Name}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}.bin";
            File.WriteAllBytes(Path.Combine(findings, name), input);
            Console.Error.WriteLine(finished
                ? $"FINDING {target.Name}: {failure!.GetType().Name}: {failure.Message}\n{failure.StackTrace}"
                : $"FINDING {target.Name}: no answer within {limit.TotalSeconds} s");
            Console.Error.WriteLine($"Input saved: fuzz/out/findings/{name} ({input.Length:N0} bytes). Fix it, then move it to fuzz/regressions/{target.Name}/.");
            return false;
        }

        public static IEnumerable<(Target Target, string File)> Regressions(string root, IEnumerable<Target> targets) =>
            targets.SelectMany(t =>
            {
                var folder = Path.Combine(root, "fuzz", "regressions", t.Name);
                return Directory.Exists(folder)
                    ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (t, f))
                    : [];
            });

        public static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChiSo.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("ChiSo.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
