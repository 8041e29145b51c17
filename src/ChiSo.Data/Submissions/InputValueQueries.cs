namespace ChiSo.Data.Submissions;

/// <summary>Which stored values count as answers: the one rule for progress, the progress board and "my tasks".</summary>
public static class InputValueQueries
{
    /// <summary>Self-assessment values that answer their input: a number, or a text that is not empty.</summary>
    public static IQueryable<InputValue> SelfAnswers(this IQueryable<InputValue> values) =>
        values.Where(v => v.Round == Rounds.Self && (v.Number != null || (v.Text != null && v.Text != "")));
}
