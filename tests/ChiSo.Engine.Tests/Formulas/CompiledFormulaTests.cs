namespace ChiSo.Engine.Tests.Formulas;

public class CompiledFormulaTests
{
    [Fact]
    public void Evaluate_AfterTheFirstCall_AllocatesNothing()
    {
        var formula = TestFormulas.Compile("max * clamp(ratio(a, b) / 0.8, 0, 1) + steps(pct, 50, 1, 80, 2) + choose(head, chu_tich = 1, else = 0)");
        var inputs = TestFormulas.Values(("a", 40), ("b", 100), ("pct", 60), ("head", 0));
        var total = formula.Evaluate(inputs);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            total += formula.Evaluate(inputs);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1001 * 7, total, 9);
    }
}
