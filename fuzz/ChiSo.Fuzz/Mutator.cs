using System.IO.Compression;
using System.Text;

namespace ChiSo.Fuzz;

/// <summary>
/// Mutations that find parser bugs in practice: bit flips, interesting bytes, insertions, deletions, repeated chunks
/// (bombs), deep nesting, splices of two seeds; inside a ZIP package (xlsx) the mutation goes into one part's XML so
/// that it reaches the XML and sheet readers rather than stopping at the CRC check.
/// </summary>
internal sealed class Mutator(Random random)
{
    private static readonly byte[][] Tokens =
    [
        "\""u8.ToArray(), ","u8.ToArray(), "\n"u8.ToArray(), ":"u8.ToArray(), "- "u8.ToArray(), "["u8.ToArray(), "{"u8.ToArray(),
        "&a "u8.ToArray(), "*a"u8.ToArray(), "|"u8.ToArray(), "("u8.ToArray(), ")"u8.ToArray(), "1e308"u8.ToArray(), "-0"u8.ToArray(),
        "NaN"u8.ToArray(), "99999999999999999999"u8.ToArray(), "<!DOCTYPE x [<!ENTITY e \"e\">]>"u8.ToArray(), "&e;"u8.ToArray(),
        "\t"u8.ToArray(), "\r"u8.ToArray(), [0], [0xFF], [0xC3], "\uFEFF"u8.ToArray(), "Ð"u8.ToArray(), "children:\n  - "u8.ToArray(),
    ];

    public byte[] Mutate(byte[] seed, IReadOnlyList<byte[]> others)
    {
        if (IsZip(seed) && random.Next(10) < 8 && MutateInsideZip(seed) is { } zipped)
        {
            return zipped;
        }

        var data = new List<byte>(seed);
        var rounds = 1 + random.Next(6);
        for (var i = 0; i < rounds; i++)
        {
            Apply(data, others);
        }

        return [.. data];
    }

    private void Apply(List<byte> data, IReadOnlyList<byte[]> others)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(9))
        {
            case 0 when data.Count > 0:
                var bit = random.Next(data.Count);
                data[bit] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 2 when data.Count > 0:
                var start = random.Next(data.Count);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(64)));
                break;
            case 3 when data.Count > 0:
                var from = random.Next(data.Count);
                var chunk = data.GetRange(from, Math.Min(data.Count - from, 1 + random.Next(256)));
                var times = 1 + random.Next(random.Next(2) == 0 ? 8 : 2000);
                for (var t = 0; t < times && data.Count < 4_000_000; t++)
                {
                    data.InsertRange(at, chunk);
                }

                break;
            case 4:
                var depth = 1 + random.Next(random.Next(2) == 0 ? 50 : 200_000);
                var open = random.Next(3) switch { 0 => "[", 1 => "{", _ => "(" };
                data.InsertRange(at, Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(open, depth))));
                break;
            case 5 when others.Count > 0:
                var other = others[random.Next(others.Count)];
                if (other.Length > 0)
                {
                    var o = random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(o, Math.Min(other.Length - o, 1 + random.Next(512))).ToArray());
                }

                break;
            case 6:
                var bytes = new byte[1 + random.Next(16)];
                random.NextBytes(bytes);
                data.InsertRange(at, bytes);
                break;
            case 7 when data.Count > 0:
                data[random.Next(data.Count)] = Tokens[random.Next(Tokens.Length)][0];
                break;
            default:
                var digits = new string('9', 1 + random.Next(400));
                data.InsertRange(at, Encoding.ASCII.GetBytes(digits));
                break;
        }
    }

    private static bool IsZip(byte[] data) => data.Length > 4 && data[0] == 'P' && data[1] == 'K';

    private byte[]? MutateInsideZip(byte[] seed)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read);
            var entries = input.Entries.Select(e => (e.FullName, Bytes: Read(e))).ToList();
            var pick = random.Next(entries.Count);
            var mutated = new List<byte>(entries[pick].Bytes);
            for (var i = 0; i < 1 + random.Next(4); i++)
            {
                Apply(mutated, []);
            }

            entries[pick] = (entries[pick].FullName, [.. mutated]);
            if (random.Next(8) == 0)
            {
                entries.RemoveAt(random.Next(entries.Count));
            }

            using var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, bytes) in entries)
                {
                    using var stream = zip.CreateEntry(name).Open();
                    stream.Write(bytes);
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
