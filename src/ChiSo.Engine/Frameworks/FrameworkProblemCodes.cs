namespace ChiSo.Engine.Frameworks;

/// <summary>
/// The stable codes of problems found in framework files. FW0xx come from reading the file, FW1xx from validating
/// the model, FW13x from building a tree out of rows (Excel import). docs/framework-format.md lists them all.
/// </summary>
public static class FrameworkProblemCodes
{
    /// <summary>The text is not well-formed YAML.</summary>
    public const string Syntax = "FW001";

    /// <summary>The document is empty, holds several documents, or its top level is not a mapping.</summary>
    public const string Document = "FW002";

    /// <summary>A key that the format does not know (often a typo).</summary>
    public const string UnknownKey = "FW003";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "FW004";

    /// <summary>A value has the wrong type (text where a number is expected, a list where a mapping is expected...).</summary>
    public const string WrongType = "FW005";

    /// <summary>A value is not one of the allowed words (e.g. <c>source</c>, input <c>type</c>).</summary>
    public const string UnknownValue = "FW006";

    /// <summary>The same key appears twice in one mapping.</summary>
    public const string DuplicateKey = "FW007";

    /// <summary>Two nodes share a code.</summary>
    public const string DuplicateCode = "FW101";

    /// <summary>Two inputs of a criterion share an id, or two options of a choice share a key.</summary>
    public const string DuplicateInput = "FW102";

    /// <summary>A parent's max points differ from the sum of its scored children's.</summary>
    public const string MaxNotSum = "FW103";

    /// <summary>A capped parent's max points exceed the sum of its scored children's.</summary>
    public const string CapAboveSum = "FW104";

    /// <summary>A weight is zero or negative.</summary>
    public const string Weight = "FW105";

    /// <summary>A scored criterion has no max points, or max points not above zero.</summary>
    public const string LeafMax = "FW106";

    /// <summary>A choice input has no options.</summary>
    public const string ChoiceWithoutOptions = "FW107";

    /// <summary>An input's min is above its max.</summary>
    public const string InputRange = "FW108";

    /// <summary>A scoring rule does not compile (unknown input, unknown function, choose() not covering options...).</summary>
    public const string Formula = "FW109";

    /// <summary><c>display.total</c> differs from the sum of the roots' max points.</summary>
    public const string DisplayTotal = "FW110";

    /// <summary>A scored criterion of a points framework has inputs but no <c>score</c> rule.</summary>
    public const string MissingScore = "FW111";

    /// <summary><c>direction</c> is neither 1 nor −1.</summary>
    public const string Direction = "FW112";

    /// <summary>A parent node has a <c>score</c> rule; parents sum their children.</summary>
    public const string ScoreOnParent = "FW113";

    /// <summary>An unscored node has max points above zero (warning).</summary>
    public const string UnscoredWithMax = "FW114";

    /// <summary>Two comparison groups share a code.</summary>
    public const string DuplicateGroup = "FW115";

    /// <summary>Decimals out of range (display or ranking).</summary>
    public const string Decimals = "FW116";

    /// <summary>The tree has no node.</summary>
    public const string EmptyTree = "FW117";

    /// <summary>An input id or option key is not a formula identifier (letters, digits, underscore, starting with a letter).</summary>
    public const string Identifier = "FW118";

    /// <summary>A required text (id, title, code, name) is empty.</summary>
    public const string EmptyText = "FW119";

    /// <summary>A check's rule does not compile (unknown input, unknown function...).</summary>
    public const string CheckRule = "FW120";

    /// <summary>A check's rule is not a yes/no condition.</summary>
    public const string CheckNotCondition = "FW121";

    /// <summary><c>within</c> on an input that is neither a date nor a document, or with its first day after its last.</summary>
    public const string Within = "FW122";

    /// <summary>A view names a code that is neither a node nor a view declared above it.</summary>
    public const string ViewUnknownCode = "FW123";

    /// <summary>A view's code is empty, used by another view, or used by a node.</summary>
    public const string ViewCode = "FW124";

    /// <summary>A view's weight is not a finite positive number.</summary>
    public const string ViewWeight = "FW125";

    /// <summary>A view has no part, too many parts, a part twice, or the edition has too many views.</summary>
    public const string ViewParts = "FW126";

    /// <summary>A view's parts give it no points to compute with (unscored parts).</summary>
    public const string ViewUnscored = "FW127";

    /// <summary>Views on a composite framework (views combine points).</summary>
    public const string ViewComposite = "FW128";

    /// <summary>A row names a parent code that no row has.</summary>
    public const string UnknownParent = "FW130";

    /// <summary>Rows whose parent links form a cycle.</summary>
    public const string Cycle = "FW131";
}
