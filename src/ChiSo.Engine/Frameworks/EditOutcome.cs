namespace ChiSo.Engine.Frameworks;

/// <summary>
/// The result of one edit of a framework (<see cref="FrameworkEdits"/>): the new definition, or why the edit was
/// refused. An applied edit may still leave the framework invalid (totals not yet adding up); the validator says so.
/// </summary>
/// <param name="Framework">The edited framework; null when the edit was refused.</param>
/// <param name="Refusal">Why the edit cannot be made; null when it was applied.</param>
public sealed record EditOutcome(FrameworkDefinition? Framework, Bilingual? Refusal)
{
    /// <summary>True when the edit was applied.</summary>
    public bool Applied => Framework is not null;

    internal static EditOutcome Done(FrameworkDefinition framework) => new(framework, null);

    internal static EditOutcome Refused(string vi, string en) => new(null, new Bilingual(vi, en));
}

/// <summary>How large a tree edits may build; the hosts pass the bounds they read files with.</summary>
/// <param name="MaxNodes">Nodes in the whole tree.</param>
/// <param name="MaxDepth">Levels of the tree, the roots being level 1.</param>
/// <param name="MaxInputs">Inputs of one criterion.</param>
/// <param name="MaxOptions">Options of one choice input.</param>
public sealed record EditLimits(int MaxNodes, int MaxDepth, int MaxInputs, int MaxOptions);
