using System.Text;

namespace ChiSo.Engine.Formulas;

/// <summary>The functions of the formula language in words.</summary>
public static partial class FormulaWords
{
    private sealed partial class Writer
    {
        private void WriteCall(StringBuilder text, CallSyntax call)
        {
            var a = call.Arguments;
            string Arg(int i) => Text(a[i]);
            string List(int from) => string.Join(", ", a.Skip(from).Select(Text));
            switch (call.Function)
            {
                case "if" when a.Length == 3:
                    text.Append(T($"nếu {Arg(0)} thì {Arg(1)}, nếu không thì {Arg(2)}", $"if {Arg(0)} then {Arg(1)}, otherwise {Arg(2)}"));
                    break;
                case "min" when a.Length >= 2:
                    text.Append(T($"giá trị nhỏ nhất trong {List(0)}", $"the smallest of {List(0)}"));
                    break;
                case "max" when a.Length >= 2:
                    text.Append(T($"giá trị lớn nhất trong {List(0)}", $"the largest of {List(0)}"));
                    break;
                case "clamp" when a.Length == 3:
                    text.Append(T($"{Arg(0)}, giữ trong khoảng {Arg(1)} đến {Arg(2)}", $"{Arg(0)}, kept between {Arg(1)} and {Arg(2)}"));
                    break;
                case "ratio" when a.Length == 2:
                    text.Append(T($"tỷ lệ {Arg(0)} trên {Arg(1)}", $"{Arg(0)} per {Arg(1)}"));
                    break;
                case "round" when a.Length == 1:
                    text.Append(T($"{Arg(0)} làm tròn đến số nguyên", $"{Arg(0)} rounded to a whole number"));
                    break;
                case "round" when a.Length == 2:
                    text.Append(T($"{Arg(0)} làm tròn đến {Arg(1)} chữ số thập phân", $"{Arg(0)} rounded to {Arg(1)} decimals"));
                    break;
                case "abs" when a.Length == 1:
                    text.Append(T($"giá trị tuyệt đối của {Arg(0)}", $"the absolute value of {Arg(0)}"));
                    break;
                case "has" when a.Length == 1:
                    text.Append(T($"{Arg(0)} đã được khai báo", $"{Arg(0)} is given"));
                    break;
                case "coalesce" when a.Length >= 2:
                    text.Append(T($"{Arg(0)}, hoặc khi chưa có thì {List(1)}", $"{Arg(0)}, or when it is missing {List(1)}"));
                    break;
                case "linear" when a.Length == 3:
                    text.Append(T($"mức của {Arg(0)} trên thang từ {Arg(1)} (0) đến {Arg(2)} (1)", $"{Arg(0)} on a scale from {Arg(1)} (0) to {Arg(2)} (1)"));
                    break;
                case "steps" when a.Length >= 3 && a.Length % 2 == 1:
                    WriteSteps(text, call);
                    break;
                default:
                    text.Append(call.Function).Append('(').Append(List(0)).Append(')');
                    break;
            }
        }

        private void WriteSteps(StringBuilder text, CallSyntax call)
        {
            var a = call.Arguments;
            var tiers = new List<string>();
            for (var i = 1; i + 1 < a.Length; i += 2)
            {
                tiers.Add(T($"từ {Text(a[i])} được {Text(a[i + 1])}", $"from {Text(a[i])}: {Text(a[i + 1])}"));
            }

            text.Append(T($"theo bậc của {Text(a[0])}: ", $"by tiers of {Text(a[0])}: "))
                .Append(string.Join("; ", tiers))
                .Append(T($"; dưới {Text(a[1])} được 0", $"; below {Text(a[1])}: 0"));
        }

        private void WriteChoose(StringBuilder text, ChooseSyntax choose)
        {
            var options = choose.Subject is NameSyntax subject && inputs.TryGetValue(subject.Name, out var input) && !input.Options.IsDefault
                ? input.Options.ToDictionary(o => o.Key, o => o.Label, StringComparer.Ordinal)
                : [];
            var arms = choose.Arms.Select(arm =>
                (arm.Key == ChooseArm.ElseKey ? T("lựa chọn khác", "any other choice") : "«" + options.GetValueOrDefault(arm.Key, arm.Key) + "»")
                + " → " + Text(arm.Value));
            text.Append(T("theo ", "by ")).Append(Text(choose.Subject)).Append(": ").Append(string.Join("; ", arms));
        }
    }
}
