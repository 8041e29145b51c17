using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// The binary form of a scored round kept in a result snapshot, so a published ranking can be read back bit for
/// bit. Layout (version 1), every number little-endian, doubles as their IEEE 754 bits (NaN kept as is):
/// <code>
/// bytes  field
/// 4      magic "CSRS" (ASCII)
/// 2      layout version = 1
/// 2      reserved, 0
/// 4      N = node count (plan order, node 0 = the total)
/// 4      U = unit count (dataset order)
/// N ×    node code: u16 byte length + UTF-8
/// U ×    unit code: u16 byte length + UTF-8
/// N ×    block of node n: U × f64 points, U × f64 values (points ÷ max, NaN for unscored nodes),
///        U × i32 competition ranks (0 = unranked), U × u8 flags (bit 0: an input under the node was missing)
/// </code>
/// Version 2 is version 1 for an edition with views (ADR 0025): after U comes 4 bytes V = view count, and the V views
/// follow the nodes as extra nodes (N counts nodes and views, so codes and blocks are N long, the views last). An
/// edition without views is still written as version 1, so its snapshots keep the bytes (and hashes) they had.
/// </summary>
public static class ResultPayload
{
    /// <summary>The layout version written for an edition without views.</summary>
    public const ushort Version = 1;

    /// <summary>The layout version written for an edition with views.</summary>
    public const ushort VersionWithViews = 2;

    private static ReadOnlySpan<byte> Magic => "CSRS"u8;

    /// <summary>Encodes every node × unit points, value, rank and incomplete flag of <paramref name="sheet"/>.</summary>
    public static byte[] Encode(ScoreSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var plan = sheet.Plan;
        var nodes = Enumerable.Range(0, plan.ColumnCount).Select(plan.CodeOf).ToArray();
        var views = plan.Views.Length;
        var units = sheet.Data.UnitCodes;
        var codes = nodes.Concat(units).Select(Encoding.UTF8.GetBytes).ToArray();
        var start = views == 0 ? 16 : 20;
        var header = start + codes.Sum(c => 2 + c.Length);
        var block = units.Length * (8 + 8 + 4 + 1);
        var buffer = new byte[header + (nodes.Length * block)];
        var span = buffer.AsSpan();
        Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], views == 0 ? Version : VersionWithViews);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], nodes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], units.Length);
        if (views > 0)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[16..], views);
        }

        var at = start;
        foreach (var code in codes)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], checked((ushort)code.Length));
            code.CopyTo(span[(at + 2)..]);
            at += 2 + code.Length;
        }

        var ranks = new int[units.Length];
        var flags = new byte[units.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            for (var u = 0; u < units.Length; u++)
            {
                ranks[u] = sheet.Rank(n, u);
                flags[u] = sheet.Incomplete(n, u) ? (byte)1 : (byte)0;
            }

            at = WriteDoubles(span, at, sheet.PointsOf(n));
            at = WriteDoubles(span, at, sheet.Values(n));
            at = WriteInts(span, at, ranks);
            flags.CopyTo(span[at..]);
            at += flags.Length;
        }

        return buffer;
    }

    /// <summary>
    /// Decodes a payload written by <see cref="Encode"/>. Throws <see cref="FormatException"/> when the bytes are
    /// not such a payload (a damaged snapshot is a fault of the store, not a user error).
    /// </summary>
    public static StoredResults Decode(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 16 || !payload[..4].SequenceEqual(Magic))
        {
            throw new FormatException("Not a ChiSo result payload.");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(payload[4..]);
        if (version is not (Version or VersionWithViews) || (version == VersionWithViews && payload.Length < 20))
        {
            throw new FormatException("Unknown result payload version.");
        }

        var nodeCount = BinaryPrimitives.ReadInt32LittleEndian(payload[8..]);
        var unitCount = BinaryPrimitives.ReadInt32LittleEndian(payload[12..]);
        var viewCount = version == Version ? 0 : BinaryPrimitives.ReadInt32LittleEndian(payload[16..]);
        if (nodeCount < 0 || unitCount < 0 || viewCount < 0 || viewCount > nodeCount)
        {
            throw new FormatException("Result payload has wrong counts.");
        }

        var at = version == Version ? 16 : 20;
        var nodes = ReadCodes(payload, ref at, nodeCount);
        var units = ReadCodes(payload, ref at, unitCount);
        if (payload.Length - at != (long)nodeCount * unitCount * 21)
        {
            throw new FormatException("Result payload has the wrong length.");
        }

        var points = new double[nodeCount][];
        var values = new double[nodeCount][];
        var ranks = new int[nodeCount][];
        var flags = new bool[nodeCount][];
        for (var n = 0; n < nodeCount; n++)
        {
            points[n] = ReadDoubles(payload, ref at, unitCount);
            values[n] = ReadDoubles(payload, ref at, unitCount);
            ranks[n] = ReadInts(payload, ref at, unitCount);
            flags[n] = [.. payload.Slice(at, unitCount).ToArray().Select(b => (b & 1) != 0)];
            at += unitCount;
        }

        return new StoredResults(nodes, units, points, values, ranks, flags) { ViewCount = viewCount };
    }

    private static int WriteDoubles(Span<byte> span, int at, ReadOnlySpan<double> values)
    {
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(values).CopyTo(span[at..]);
            return at + (values.Length * 8);
        }

        foreach (var v in values)
        {
            BinaryPrimitives.WriteInt64LittleEndian(span[at..], BitConverter.DoubleToInt64Bits(v));
            at += 8;
        }

        return at;
    }

    private static int WriteInts(Span<byte> span, int at, ReadOnlySpan<int> values)
    {
        foreach (var v in values)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], v);
            at += 4;
        }

        return at;
    }

    private static ImmutableArray<string> ReadCodes(ReadOnlySpan<byte> payload, ref int at, int count)
    {
        var codes = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(payload[at..]);
            codes.Add(Encoding.UTF8.GetString(payload.Slice(at + 2, length)));
            at += 2 + length;
        }

        return codes.MoveToImmutable();
    }

    private static double[] ReadDoubles(ReadOnlySpan<byte> payload, ref int at, int count)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(payload[(at + (i * 8))..]));
        }

        at += count * 8;
        return values;
    }

    private static int[] ReadInts(ReadOnlySpan<byte> payload, ref int at, int count)
    {
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadInt32LittleEndian(payload[(at + (i * 4))..]);
        }

        at += count * 4;
        return values;
    }
}
