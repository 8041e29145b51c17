using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Tests.Scoring;

public class InputsHashTests
{
    private static readonly InputRow[] Rows =
    [
        new("01", "1.1", "trained", 40, null),
        new("01", "1.2", "plan", null, "có"),
        new("02", "1.1", "trained", 0.1 + 0.2, null),
        new("02", "1.1", "staff", 100, null),
        new("02", "1.3", "doc", null, "12/QĐ-UBND\tngày 3/1"),
        new("79", "1.2", "plan", null, null),
    ];

    [Fact]
    public void Compute_ReorderedRows_GivesTheSameHash()
    {
        var reversed = Rows.Reverse().ToArray();
        var shuffled = Rows.OrderBy(r => r.InputId, StringComparer.Ordinal).ToArray();

        Assert.Equal(InputsHash.Compute(Rows), InputsHash.Compute(reversed));
        Assert.Equal(InputsHash.Compute(Rows), InputsHash.Compute(shuffled));
    }

    [Fact]
    public void Compute_OneValueChanged_GivesAnotherHash()
    {
        var changed = Rows.ToArray();
        changed[2] = changed[2] with { Number = 0.3 }; // 0.1 + 0.2 is 0.30000000000000004: the last bit counts

        Assert.NotEqual(InputsHash.Compute(Rows), InputsHash.Compute(changed));
    }

    [Fact]
    public void Compute_TextMovedBetweenFields_GivesAnotherHash()
    {
        // Escaping keeps a tab inside a text from reading as a field separator.
        InputRow[] a = [new("01", "1", "x", null, "a\tb")];
        InputRow[] b = [new("01", "1", "x", null, "a\\tb")];

        Assert.NotEqual(InputsHash.Compute(a), InputsHash.Compute(b));
    }

    [Fact]
    public void Compute_KnownRow_GivesTheSha256OfItsCanonicalLine()
    {
        // sha256 of the UTF-8 bytes "01\t1.1\ttrained\tN40\n" (printf '01\t1.1\ttrained\tN40\n' | sha256sum).
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("01\t1.1\ttrained\tN40\n"u8)),
            InputsHash.Compute([new InputRow("01", "1.1", "trained", 40, null)]));
    }
}
