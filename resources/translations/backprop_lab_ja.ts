<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArchitectureSync</name>
    <message>
        <location filename="../../gui/architecture_sync.py" line="+128"/>
        <source>trained {0:,} steps</source>
        <translation>{0:,}ステップ学習済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded from {0}</source>
        <translation>{0} から読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the opened session</source>
        <translation>開いたセッションの重み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network is still {0} ({1}): the gradient check and the Draw tab use it. Start or Reset builds {2}, with new random weights.</source>
        <translation>ネットワークはまだ {0}（{1}）です。勾配確認と手書きタブはこのネットワークを使います。開始かリセットで、新しいランダムな重みの {2} を作ります。</translation>
    </message>
</context>
<context>
    <name>ArraysView</name>
    <message>
        <location filename="../../gui/one_step/arrays.py" line="+61"/>
        <source>Every array of this stage: its book name, its shape, a few values and min / mean / max</source>
        <translation>この段階のすべての配列：本書での名前、形状、いくつかの値、最小 / 平均 / 最大</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>→ grads[&apos;{key}&apos;]</source>
        <translation>→ grads[&apos;{key}&apos;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used: nothing lies below {layer}</source>
        <translation>使われない：{layer}より下には何もない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loss: the mean of −log y[t] over the batch</source>
        <translation>損失：バッチにわたる−log y[t]の平均</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂L, where backward starts</source>
        <translation>∂L/∂L、逆伝播の出発点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the input images</source>
        <translation>入力画像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {src}</source>
        <translation>{src}から</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to {dst}</source>
        <translation>{dst}へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True where x ≤ 0, kept from forward</source>
        <translation>x ≤ 0の所がTrue、順伝播で保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from forward</source>
        <translation>順伝播で保持</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scalar</source>
        <translation>スカラー</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rows 0 to {last} are all 0, so row {row} is shown.</source>
        <translation>0〜{last}行目がすべて0なので、{row}行目を表示しています。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{k} of {n} True</source>
        <translation>{n}個中{k}個がTrue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min {lo}  ·  mean {mean}  ·  max {hi}</source>
        <translation>最小 {lo}  ·  平均 {mean}  ·  最大 {hi}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the true class t</source>
        <translation>正解クラス t</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} as images: red where the loss grows with the pixel, blue where it falls</source>
        <translation>{name}を画像で表示：ピクセルが増えると損失が増える所は赤、減る所は青</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: the batch, one row per image ({side} × {side} = {n} pixels)</source>
        <translation>{name}：バッチ、1行が画像1枚（{side} × {side} = {n}ピクセル）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>y, the probability of each class: (N, C) = {shape}</source>
        <translation>y、各クラスの確率：(N, C) = {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dx = (y − t) / N for each class: (N, C) = {shape}</source>
        <translation>クラスごとの dx = (y − t) / N：(N, C) = {shape}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>green: the true class t · bold: the network&apos;s guess (the largest y)</source>
        <translation>緑：正解クラス t · 太字：ネットワークの予測（最大のy）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at t, dx = (y − 1) / N &lt; 0: backward pushes that score up</source>
        <translation>tではdx = (y − 1) / N &lt; 0：逆伝播がそのスコアを押し上げます</translation>
    </message>
</context>
<context>
    <name>BugHuntPanel</name>
    <message>
        <location filename="../../gui/exercises/bughunt.py" line="+114"/>
        <source>Bug hunt: a mystery bug</source>
        <translation>バグ探し: なぞのバグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the class code your teacher gives: everyone with the same code gets the same planted bug. Find it with the gradient check (the Gradient check and One step tabs help too), then say which layer is wrong and how.</source>
        <translation>先生から伝えられたクラスコードを入力します。同じコードを入力した人は全員、同じバグが仕込まれたネットワークを受け取ります。勾配確認でバグを探し（勾配確認タブと 1 ステップタブも役立ちます）、どのレイヤがどう間違っているかを答えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class code, e.g. 3B-2026</source>
        <translation>クラスコード、例: 3B-2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same code gives the same bug on every computer</source>
        <translation>同じコードはどのコンピュータでも同じバグになります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the hunt</source>
        <translation>探し始める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plant the mystery bug of this class code</source>
        <translation>このクラスコードのなぞのバグを仕込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check of the mystery net</source>
        <translation>なぞのネットワークの勾配確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare backprop with numerical gradients, parameter by parameter, on 3 test digits (new digits each time)</source>
        <translation>テストの数字 3 枚で、誤差逆伝播法と数値微分をパラメータごとに比べます（毎回新しい数字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which layer:</source>
        <translation>どのレイヤ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong:</source>
        <translation>何が間違いか:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer whose backward you think is wrong</source>
        <translation>backward が間違っていると思うレイヤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mistake you think it makes</source>
        <translation>そのレイヤの間違いだと思うもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit my guess</source>
        <translation>推測を提出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab says whether you found it and counts your tries</source>
        <translation>見つけたかどうかを伝え、試行回数を数えます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a class code first.</source>
        <translation>まずクラスコードを入力します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The check could not run: {0}</source>
        <translation>確認を実行できませんでした：{0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Class code {0}: a 784-50-10 {1} net with one planted bug.</source>
        <translation>クラスコード {0}: バグが 1 つ仕込まれた 784-50-10 {1} ネットワークです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>正しい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>誤り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backprop&apos;s gradient</source>
        <translation>誤差逆伝播法の勾配</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tries: {0}</source>
        <translation>試行：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found it!</source>
        <translation>見つけました！</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right layer, but not that mistake.</source>
        <translation>レイヤは合っていますが、その間違いではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not that layer.</source>
        <translation>そのレイヤではありません。</translation>
    </message>
</context>
<context>
    <name>CheckOptions</name>
    <message>
        <location filename="../../gui/gradcheck/options.py" line="+34"/>
        <source>none (correct backprop)</source>
        <translation>なし（正しい逆伝播）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images</source>
        <translation>テスト画像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step h</source>
        <translation>刻み幅 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>要素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Break the backprop</source>
        <translation>逆伝播を壊す</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>How many test images the loss averages over: the first N of the test set (the book uses 3). The numerical gradient&apos;s time grows with N.</source>
        <translation>損失を平均するテスト画像の数：テストデータの先頭N枚（本書は3枚）。数値微分の計算時間はNとともに増えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the book)</source>
        <translation>（本書）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The finite-difference step h: numerical gradient = (L(w+h) − L(w−h)) / 2h. Larger h: truncation error and more ReLU kinks crossed; smaller h: round-off error.</source>
        <translation>差分の刻み幅h：数値微分 = (L(w+h) − L(w−h)) / 2h。hが大きいと打ち切り誤差が生じ、またぐReLUの折れ点も増えます。小さいと丸め誤差が生じます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sampled:</source>
        <translation>サンプル：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every entry of every parameter, or only a random sample of entries per parameter (much faster for big networks).</source>
        <translation>すべてのパラメータの全要素を確認するか、パラメータごとにランダムに選んだ一部の要素だけを確認します（大きなネットワークではずっと速い）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> per parameter</source>
        <translation>（パラメータごと）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With &apos;sampled&apos;: how many randomly chosen entries of each parameter to check (parameters with fewer entries are checked whole).</source>
        <translation>「サンプル」のとき、パラメータごとにランダムに選んで確認する要素の数（要素がそれより少ないパラメータは全部確認）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every layer&apos;s backward is correct.</source>
        <translation>すべてのレイヤの逆伝播が正しい状態です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run gradient check</source>
        <translation>勾配確認を実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running check (it stops between chunks, within a moment).</source>
        <translation>実行中の確認を止めます（計算の区切りで、すぐに止まります）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check is running</source>
        <translation>確認を実行中です</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>waiting for the data</source>
        <translation>データを待っています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check is running: Cancel stops it.</source>
        <translation>確認を実行中です。キャンセルで止まります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare backprop&apos;s gradient with the numerical gradient on a copy of the current network (training, if running, is not disturbed).</source>
        <translation>現在のネットワークのコピーで、誤差逆伝播法の勾配と数値微分を比べます（学習中でも邪魔しません）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>It needs weight decay, and this network has none (set Weight decay, then Reset).</source>
        <translation>このバグには荷重減衰が必要ですが、このネットワークにはありません（荷重減衰を設定してからリセットしてください）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It needs a {0} layer, and this network uses {1} (switch the activation, then Reset).</source>
        <translation>このバグには {0} レイヤが必要ですが、このネットワークは {1} を使っています（活性化関数を切り替えてからリセットしてください）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plant a classic backprop mistake in the checked copy and watch the check catch it. &apos;none&apos; keeps every layer&apos;s backward correct.</source>
        <translation>確認するコピーに誤差逆伝播法の典型的な間違いを仕込み、確認で見つかる様子を見ます。「なし」ならすべてのレイヤの逆伝播が正しいままです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PLANTED BUG: {0} — backprop is deliberately wrong</source>
        <translation>仕込んだバグ：{0} — 逆伝播をわざと誤らせています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bug cannot be planted here. {0}</source>
        <translation>このバグはここには仕込めません。{0}</translation>
    </message>
</context>
<context>
    <name>ConfusionPanel</name>
    <message>
        <location filename="../../gui/inside/confusion.py" line="+186"/>
        <source>Confusion matrix on the test set</source>
        <translation>テストデータの混同行列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: true class ↓   Columns: the network&apos;s answer →</source>
        <translation>行：正解クラス ↓   列：ネットワークの答え →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many test images of each class (row) the network put in each class (column). Click a cell to see those mistakes in the gallery.</source>
        <translation>各クラス（行）のテスト画像を、ネットワークがどのクラス（列）に分類したかの数。セルをクリックすると、その誤認識をギャラリーに表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of each class&apos;s test images that the network gets right (the diagonal cell divided by its row)</source>
        <translation>クラスごとにネットワークが正しく認識したテスト画像の割合（対角のセル ÷ その行の合計）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Predicted: {0}</source>
        <translation>予測：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True class: {0}</source>
        <translation>正解クラス：{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} of the {1} test images of {2} are read correctly ({3:.1f}%)</source>
        <translation>{2}のテスト画像{1}枚のうち{0}枚を正しく認識（{3:.1f}%）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} test images of {1} read as {2} ({3:.1f}% of the {1}s). Click to see them.</source>
        <translation>{1}のテスト画像{0}枚を{2}と認識（{1}全体の{3:.1f}%）。クリックで表示します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>correct</source>
        <translation>正解率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No test images of {0}</source>
        <translation>{0}のテスト画像なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.1f} %</source>
        <translation>{0:.1f} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} of {2} test images right ({3:.1f}%)</source>
        <translation>{0}：テスト画像{2}枚中{1}枚が正解（{3:.1f}%）</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+21"/>
        <source>Locked while a training runs: stop it to change this.</source>
        <translation>学習中は変更できません。変更するには学習を止めてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain gradient descent, W ← W − lr·dW (the book&apos;s chapter 5).</source>
        <translation>素朴な勾配降下法、W ← W − lr·dW（本書5章）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gradient descent with a velocity that keeps rolling downhill.</source>
        <translation>速度を持たせ、坂を転がり続けるようにした勾配降下法です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrinks each parameter&apos;s step as its squared gradients add up.</source>
        <translation>勾配の2乗が積み重なるにつれ、パラメータごとに更新幅を小さくします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum plus per-parameter step sizes; forgiving about the learning rate.</source>
        <translation>Momentumにパラメータごとの更新幅を組み合わせた手法で、学習率の選び方に寛容です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>std 0.01 (the book)</source>
        <translation>std 0.01（本書）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian weights with std 0.01, as in the book&apos;s TwoLayerNet.</source>
        <translation>本書のTwoLayerNetと同じく、std 0.01のガウス分布から重みを生成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Std √(2/n) for n inputs: keeps ReLU activations from dying out with depth.</source>
        <translation>入力がn個のときstd √(2/n)：層が深くなってもReLUのアクティベーションが消えないようにします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Std √(1/n) for n inputs: suits Sigmoid layers.</source>
        <translation>入力がn個のときstd √(1/n)：Sigmoidの層に向いています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom std</source>
        <translation>std を指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian weights with the std typed in the box at the right.</source>
        <translation>右の欄に入力したstdのガウス分布から重みを生成します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Widths of the hidden layers, separated by commas: &apos;50&apos; is the book&apos;s two-layer net ({4} → 50 → {5}), &apos;100, 100&apos; adds a second hidden layer. {0} to {1} layers of {2} to {3} units, at most {6:,} parameters in all.</source>
        <translation>隠れ層の幅（ニューロン数）をカンマ区切りで入力します。「50」は本書の2層ニューラルネットワーク（{4} → 50 → {5}）、「100, 100」は隠れ層をもう1つ加えます。{0}〜{1}層、各層{2}〜{3}ニューロン、パラメータは合計で最大{6:,}個です。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Training images per mini-batch: each update averages the gradient over this many ({0} to {1}; the book uses 100). A wider network takes fewer at once: at most {2} multiply-adds per mini-batch, so that Stop answers within a second.</source>
        <translation>ミニバッチ1つあたりの訓練画像の数：更新のたびにこの枚数で勾配を平均します（{0}〜{1}、本書は100）。幅の広いネットワークほど一度に扱える枚数は少なくなります。停止が1秒以内に応答するよう、ミニバッチ1つの積和演算は最大{2}回です。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Only shows in a net with weight decay.</source>
        <translation>荷重減衰のあるネットワークでのみ現れます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs weight decay: set Weight decay λ above 0 to plant it.</source>
        <translation>荷重減衰が必要です：仕込むには荷重減衰 λ を 0 より大きくしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a {0} layer: switch Activation to {0} to plant it.</source>
        <translation>{0} レイヤが必要です：仕込むには活性化関数を {0} に切り替えてください。</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+158"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../gui/common/engine_text.py" line="+166"/>
        <location filename="../../gui/train/controls.py" line="+3"/>
        <source>Hidden layers</source>
        <translation>隠れ層</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+7"/>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../gui/common/engine_text.py" line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+4"/>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Train for</source>
        <translation>学習の長さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Evaluate every</source>
        <translation>評価の間隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+4"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+4"/>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../../gui/common/engine_text.py" line="+1"/>
        <location filename="../../gui/train/controls.py" line="+4"/>
        <source>Weight decay λ</source>
        <translation>荷重減衰 λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Training images</source>
        <translation>訓練画像の数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gui/train/controls.py" line="+7"/>
        <source>Planted bug</source>
        <translation>仕込むバグ</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+12"/>
        <source>e.g. 50 or 100, 100</source>
        <translation>例：50 または 100, 100</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="-91"/>
        <source>The activation after each hidden Affine layer: ReLU (the book&apos;s chapter 5 net) or Sigmoid.</source>
        <translation>隠れ層の各Affineレイヤの後に置く活性化関数：ReLU（本書5章のネットワーク）またはSigmoid。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the initial weights are drawn: std 0.01 as in the book, He (suits ReLU), Xavier (suits Sigmoid), or a std of your own.</source>
        <translation>重みの初期値の決め方：本書と同じstd 0.01、He（ReLU向き）、Xavier（Sigmoid向き）、または自分で決めたstd。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The std of the initial weights for &apos;custom std&apos; ({0:g} to {1:g}); the arrows step 0.01, 0.02, 0.05, 0.1 … Try 1 with Sigmoid to watch the units saturate.</source>
        <translation>「std を指定」のときの重みの初期値のstd（{0:g}〜{1:g}）。矢印で0.01, 0.02, 0.05, 0.1 …と変わります。Sigmoidで1にすると、ニューロンが飽和する様子を見られます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How gradients update the parameters: SGD (the book&apos;s chapter 5), Momentum, AdaGrad or Adam.</source>
        <translation>勾配でパラメータを更新する手法：SGD（本書5章）、Momentum、AdaGrad、Adam。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The learning rate on a log scale, one tick per power of ten from {0:g} to {1:g}. Far right makes training diverge. A running training takes the new value at once.</source>
        <translation>学習率を対数目盛で調節します。{0:g}から{1:g}まで10倍ごとに目盛りが1つあります。右端にすると学習が発散します。学習中でも新しい値がすぐに使われます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The learning rate: the size of each update step ({0:g} to {1:g}). Type an exact value and press Enter, or use ↑/↓ to step like the slider. A running training takes the new value at once.</source>
        <translation>学習率：1回の更新の歩幅（{0:g}〜{1:g}）。正確な値を入力してEnterを押すか、↑/↓でスライダーと同じように動かします。学習中でも新しい値がすぐに使われます。</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+11"/>
        <source>steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+8"/>
        <source>Count the training length in steps (mini-batch updates) or in epochs (passes over the training set); switching converts the number.</source>
        <translation>学習の長さをステップ（ミニバッチの更新回数）またはエポック（訓練データを一巡する回数）で数えます。単位を切り替えると数値も換算されます。</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+2"/>
        <source>each epoch</source>
        <translation>エポックごと</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+3"/>
        <source>How often to measure train and test accuracy, in steps; &apos;each epoch&apos; measures once per pass over the data, as in the book.</source>
        <translation>訓練データとテストデータの認識精度を何ステップごとに測るか。「エポックごと」は本書と同じく、データを一巡するたびに測ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed for the initial weights and the mini-batch order ({0} to {1}): the same seed repeats a run exactly.</source>
        <translation>重みの初期値とミニバッチの順序を決める乱数のシード（{0}〜{1}）。同じシードなら学習がそのまま再現されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 weight decay λ ({0:g} to {1:g}; 0 is off): adds λ/2·ΣW² to the loss, which shrinks the weights and fights overfitting.</source>
        <translation>L2の荷重減衰 λ（{0:g}〜{1:g}、0でオフ）：損失にλ/2·ΣW²を加えて重みを小さく保ち、過学習を抑えます。</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+1"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+2"/>
        <source>Train on the first N images only (&apos;all&apos; uses all {0}); a few hundred images and a big net show overfitting.</source>
        <translation>先頭からN枚の画像だけで学習します（「すべて」は{0}枚全部）。数百枚の画像と大きなネットワークで過学習が見られます。</translation>
    </message>
    <message>
        <location filename="../../gui/common/engine_text.py" line="-1"/>
        <location filename="../../gui/train/controls.py" line="+1"/>
        <source>Augment (shifts, rotations, thickness)</source>
        <translation>データ拡張（平行移動・回転・太さ）</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+2"/>
        <source>Randomly shift, rotate and thicken each training image, so the net learns digits the way people draw them.</source>
        <translation>訓練画像をランダムに平行移動・回転し、線を太くして、人が実際に書く数字を学べるようにします。</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+2"/>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+2"/>
        <source>Reset every control to the book&apos;s chapter 5 run (two-layer ReLU net, SGD, lr 0.1, batch 100, 10000 steps).</source>
        <translation>すべての設定を本書5章の学習に戻します（2層のReLUネットワーク、SGD、lr 0.1、バッチ100、10000ステップ）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train on the first N images only (&apos;all&apos; uses the whole training set); a few hundred images and a big net show overfitting.</source>
        <translation>先頭からN枚の画像だけで学習します（「すべて」は訓練データ全部）。数百枚の画像と大きなネットワークで過学習が見られます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Plant a classic backprop mistake for the gradient-check lab; &apos;none&apos; keeps every layer correct.</source>
        <translation>勾配確認の実験のために、誤差逆伝播法の典型的な間違いを仕込みます。「なし」ならすべてのレイヤが正しいままです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planted bug: {0}.
{1}
Corrupts: {2}.</source>
        <translation>仕込んだバグ：{0}。
{1}
誤るパラメータ：{2}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only shows in a net with {0} activation.</source>
        <translation>活性化関数が{0}のネットワークでだけ現れます。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>How long to train: {0:g} to {1:g} mini-batch updates (steps); the book trains 10000.</source>
        <translation>学習の長さ：ミニバッチの更新{0:g}〜{1:g}回（ステップ）。本書は10000ステップ学習します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long to train: {0:g} to {1:g} passes over the training set (epochs); fractions such as 0.5 are fine.</source>
        <translation>学習の長さ：訓練データを{0:g}〜{1:g}巡（エポック）。0.5のような小数も使えます。</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+184"/>
        <source>Problem: {0}</source>
        <translation>問題：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/train/bug_choice.py" line="+39"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This bug cannot be planted in this net. {0}</source>
        <translation>このバグはこのネットワークには仕込めません。{0}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../gui/one_step/detail.py" line="+63"/>
        <source>What this stage computes, in the book&apos;s notation (· is a matrix product, × is element-wise)</source>
        <translation>この段階の計算（本書の表記。·は行列の積、×は要素ごとの積）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{layer} computes x·W + b for the whole batch at once: one row of out per sample, one column per unit. It keeps x, because backward needs it for dW (§5.6).</source>
        <translation>{layer}はバッチ全体のx·W + bを一度に計算します。outの1行が1サンプル、1列が1ニューロンです。逆伝播でdWを求めるのに必要なので、xを保持します（§5.6）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ReLU passes positive values through and sets the rest to 0. It remembers where x ≤ 0 (mask) for backward: here {k} of {n} values (§5.5.1).</source>
        <translation>ReLUは正の値をそのまま通し、それ以外を0にします。逆伝播のためにx ≤ 0の場所（mask）を覚えておきます。ここでは{n}個中{k}個です（§5.5.1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sigmoid squashes every value into (0, 1). It keeps its output out: its derivative out × (1 − out) needs nothing else (§5.5.2).</source>
        <translation>Sigmoidはすべての値を(0, 1)に押し込めます。出力outを保持します。微分out × (1 − out)にはほかに何も要らないからです（§5.5.2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Softmax turns the scores x into probabilities y (each row sums to 1); the loss L is the mean over the batch of −log y at the true label t. Here L = {loss} (§5.6.3).</source>
        <translation>Softmaxはスコアxを確率yに変えます（各行の和は1）。損失Lは正解ラベルtでの−log yをバッチで平均したものです。ここではL = {loss}です（§5.6.3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{layer} sends dout·Wᵀ down as dx and keeps its own gradients: dW = xᵀ·dout, with the x it kept in forward, and db = dout summed over the batch. dW has the shape of W, db that of b.</source>
        <translation>{layer}はdout·Wᵀをdxとして下のレイヤに送り、自分の勾配を保持します。dW = xᵀ·dout（順伝播で保持したxを使う）、db = バッチにわたるdoutの和。dWはWと、dbはbと同じ形状です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ReLU lets the gradient through only where its input was positive in forward; where mask is True (x ≤ 0), dx is 0. Here {k} of {n} entries are blocked.</source>
        <translation>ReLUは順伝播で入力が正だった所にだけ勾配を通します。maskがTrueの所（x ≤ 0）ではdxが0です。ここでは{n}個中{k}個が止められます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dx = dout × out × (1 − out): the sigmoid needs only its forward output. That factor is at most 0.25, so the gradient shrinks on its way down (§5.5.2).</source>
        <translation>dx = dout × out × (1 − out)：シグモイド関数は順伝播の出力だけあれば計算できます。この係数は最大0.25なので、勾配は下へ行くほど小さくなります（§5.5.2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward starts at the end with dout = 1 (∂L/∂L). Softmax and cross-entropy together give a clean gradient, (y − t) / N: how far each probability is from the truth, averaged over the batch (§5.6.3).</source>
        <translation>逆伝播は最後からdout = 1（∂L/∂L）で始まります。Softmaxと交差エントロピー誤差を組み合わせると、(y − t) / Nというきれいな勾配になります。各確率が正解からどれだけ離れているかを、バッチで平均したものです（§5.6.3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book computes dx here too, but nothing below {layer} uses it: the lab&apos;s training skips it. It is shown for completeness.</source>
        <translation>本書ではここでもdxを計算しますが、{layer}より下で使う所がないので、このアプリの学習では省いています。参考のために表示しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With weight decay λ = {lam}, the optimizer gets grads[&apos;{W}&apos;] = dW + λW.</source>
        <translation>荷重減衰 λ = {lam} のとき、最適化手法が受け取るのは grads[&apos;{W}&apos;] = dW + λW です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planted bug “{bug}”: this backward is deliberately wrong in this network; the formula above is the correct one.</source>
        <translation>仕込んだバグ「{bug}」：このネットワークではこの逆伝播をわざと誤らせています。上の式が正しい式です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every gradient is known now. An optimizer such as SGD would use them (W ← W − lr · dW); this view only looks: the network is not changed.</source>
        <translation>これですべての勾配がわかりました。SGDなどの最適化手法がこれを使います（W ← W − lr · dW）。この画面は見るだけで、ネットワークは変えません。</translation>
    </message>
</context>
<context>
    <name>DiagramStrip</name>
    <message>
        <location filename="../../gui/one_step/diagram.py" line="+37"/>
        <source>The network as a chain of layers. Forward arrows (above) carry x to the loss L;
red arrows (below) carry the gradients back. The filled box is the current stage.</source>
        <translation>ネットワークをレイヤの鎖として描いたものです。上の順伝播の矢印はxを損失Lまで運び、
下の赤い矢印は勾配を逆向きに運びます。塗りつぶされた箱が現在の段階です。</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>{array}, not used</source>
        <translation>{array}、使われない</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <location filename="../../gui/draw/tab.py" line="+175"/>
        <source>Which network is reading the drawing</source>
        <translation>描いた絵を読んでいるネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen width for the next stroke, in pixels of the {0} × {0} canvas</source>
        <translation>次の線のペンの太さ（{0} × {0}のキャンバスのピクセル単位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pen</source>
        <translation>ペン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to size</source>
        <translation>大きさに合わせる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a small digit with a thinner pen, in proportion to its size,
so it does not become a blob when it is enlarged to 20 × 20 pixels
as MNIST digits were. The width used now is shown beside the slider.</source>
        <translation>小さく描いた数字は、大きさに比例した細いペンで描きます。
MNIST の数字と同じく 20 × 20 ピクセルに拡大されたときに、つぶれた塊にならないようにするためです。
いま使われている太さはスライダーの横に表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pen width as set → the width used now for this drawing&apos;s size</source>
        <translation>設定したペンの太さ → この絵の大きさに合わせていま使われている太さ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>最後の線を取り消します（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase the drawing (C or Delete)</source>
        <translation>絵をすべて消します（CまたはDelete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a test image</source>
        <translation>テスト画像を読み込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a random test image on the canvas, with its true label</source>
        <translation>テスト画像を1枚ランダムにキャンバスに置き、正解ラベルを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a misclassified one</source>
        <translation>誤認識した画像を読み込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a random test image that the network predicting now gets wrong on the canvas</source>
        <translation>いま予測しているネットワークが間違えるテスト画像を1枚ランダムにキャンバスに置きます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The true label of the test image on the canvas</source>
        <translation>キャンバス上のテスト画像の正解ラベル</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>(It misreads the original {0} × {0} image, not this copy: the canvas prepares it again.)</source>
        <translation>（誤認識するのは元の{0} × {0}の画像で、このコピーではありません。キャンバスが画像を前処理し直すためです。）</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>No network yet</source>
        <translation>まだネットワークがありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>The data set is still loading.</source>
        <translation>データセットを読み込んでいます。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Draw a digit</source>
        <translation>数字を描いてください</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw something</source>
        <translation>何か描いてください</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This network gets all {0:,} test images right: none misclassified to show.</source>
        <translation>このネットワークはテスト画像{0:,}枚をすべて正しく認識するので、表示できる誤認識がありません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Test image #{0:,}: true label {1}</source>
        <translation>テスト画像 #{0:,}：正解 {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}. The network is right.</source>
        <translation>{0}。ネットワークは正解です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. The network says {1}: wrong.</source>
        <translation>{0}。ネットワークの答えは{1}：不正解です。</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../gui/draw/canvas.py" line="+138"/>
        <source>Draw a digit here with the mouse, a pen or a finger.
Ctrl+Z undoes the last stroke; C or Delete clears.</source>
        <translation>マウス、ペン、指でここに数字を描きます。
Ctrl+Zで最後の線を取り消し、CかDeleteですべて消します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing canvas</source>
        <translation>お絵かきキャンバス</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Draw a digit here</source>
        <translation>ここに数字を描いてください</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../../gui/common/engine_text.py" line="-121"/>
        <source>ReLU backward ignores its mask</source>
        <translation>ReLUの逆伝播がmaskを無視する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU passes the gradient only where its input was positive. Without the mask, gradient flows through units that were switched off, so every parameter below the ReLU gets a wrong gradient.</source>
        <translation>ReLUは入力が正だった所にだけ勾配を流します。maskがないと、オフだったニューロンにも勾配が流れ、ReLUより下のすべてのパラメータが誤った勾配を受け取ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ReLU backward applies its mask inverted</source>
        <translation>ReLU の逆伝播がマスクを逆に適用する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mask marks the inputs that were 0 or less. Multiplying dout by the mask instead of by its opposite lets the gradient through exactly the units that were switched off, and blocks the others.</source>
        <translation>マスクは入力が 0 以下だった場所を示します。dout にマスクの否定ではなくマスクそのものを掛けると、オフだったユニットにだけ勾配が流れ、ほかは止まります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sigmoid backward uses x instead of y</source>
        <translation>Sigmoidの逆伝播がyの代わりにxを使う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sigmoid&apos;s derivative is y(1 - y), written with its output y. Using the input x looks almost the same on paper and is wrong everywhere below the layer.</source>
        <translation>シグモイド関数の微分は出力yで書いたy(1 - y)です。入力xを使うと紙の上ではほとんど同じに見えますが、このレイヤより下ではすべて誤りになります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sigmoid backward forgets to multiply by dout</source>
        <translation>Sigmoid の逆伝播が dout を掛け忘れる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain rule multiplies the local derivative y(1 - y) by the gradient arriving from above, dout. Returning y(1 - y) alone forgets everything above the layer.</source>
        <translation>連鎖律では局所的な微分 y(1 - y) に上から流れてきた勾配 dout を掛けます。y(1 - y) だけを返すと、レイヤより上のすべてを忘れてしまいます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sigmoid&apos;s derivative written as y instead of y(1 - y)</source>
        <translation>Sigmoid の微分を y(1 - y) ではなく y と書く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sigmoid&apos;s derivative is y(1 - y). Writing just y keeps the right sign and shape but the wrong size, so every parameter below the layer gets a wrong gradient.</source>
        <translation>シグモイドの微分は y(1 - y) です。y だけにすると符号と形状は合っていても大きさが違い、レイヤより下のすべてのパラメータが誤った勾配を受け取ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Affine counts db twice</source>
        <translation>Affineがdbを2回数える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db is the sum of dout over the batch. Doubling it corrupts every bias and nothing else: dx and dW do not depend on db.</source>
        <translation>dbはバッチにわたるdoutの和です。それを2倍にするとすべてのバイアスが誤り、ほかは影響を受けません。dxとdWはdbに依存しないからです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Affine takes db from the first sample only</source>
        <translation>Affine が db を最初のサンプルだけから求める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sample in the batch adds to the bias gradient, so db is dout summed over the batch. Taking dout[0] keeps one sample&apos;s share and drops the rest: every bias is wrong, nothing else.</source>
        <translation>バッチのすべてのサンプルがバイアスの勾配に寄与するので、db は dout をバッチ全体で合計したものです。dout[0] だけを使うと 1 サンプル分しか残らず、残りは捨てられます：すべてのバイアスが誤り、ほかは誤りません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Affine averages db over the batch</source>
        <translation>Affine が db をバッチで平均する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 1/N of the mean loss is already in dout (SoftmaxWithLoss divides by the batch size). Averaging db divides by N a second time: every bias gradient is N times too small.</source>
        <translation>平均損失の 1/N はすでに dout に入っています（SoftmaxWithLoss がバッチサイズで割ります）。db を平均すると N でもう一度割ることになり、すべてのバイアスの勾配が N 分の 1 になります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SoftmaxWithLoss forgets to divide by the batch size</source>
        <translation>SoftmaxWithLossがバッチサイズで割り忘れる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss is a mean over the batch, so its gradient is (y - t) / N. Forgetting / N scales every gradient by N: all parameters fail, and a check with a single sample would not notice.</source>
        <translation>損失はバッチの平均なので、勾配は(y - t) / Nです。/ Nを忘れるとすべての勾配がN倍になり、すべてのパラメータが不合格になります。サンプル1つで確認すると気づけません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SoftmaxWithLoss backward has the sign flipped (t - y)</source>
        <translation>SoftmaxWithLoss の逆伝播の符号が逆 (t - y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient of the loss with respect to the scores is (y - t) / N. Writing (t - y) points every gradient uphill: all parameters fail, and training makes the loss grow.</source>
        <translation>スコアに関する損失の勾配は (y - t) / N です。(t - y) と書くとすべての勾配が上り坂を向きます：すべてのパラメータが不合格になり、学習すると損失が増えます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight decay&apos;s gradient is left out</source>
        <translation>荷重減衰の勾配が抜けている</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay adds 0.5 * lambda * W**2 to the loss, so each weight&apos;s gradient needs + lambda * W. Leaving it out breaks every weight (the biases carry no weight decay). Only in nets with weight decay.</source>
        <translation>荷重減衰は損失に 0.5 * λ * W**2 を加えるので、各重みの勾配には + λ * W が必要です。これを抜かすとすべての重みが誤ります（バイアスには荷重減衰がありません）。荷重減衰のあるネットワークでのみ現れます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weight decay&apos;s gradient is added twice</source>
        <translation>荷重減衰の勾配が 2 回加えられる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient of 0.5 * lambda * W**2 is lambda * W, once. Adding it twice breaks every weight and no bias. Only in nets with weight decay.</source>
        <translation>0.5 * λ * W**2 の勾配は λ * W で、1 回だけ加えます。2 回加えるとすべての重みが誤り、バイアスは誤りません。荷重減衰のあるネットワークでのみ現れます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dx = dout where x &gt; 0, else 0</source>
        <translation>x &gt; 0 なら dx = dout、それ以外は 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T-shirt/top</source>
        <translation>Tシャツ/トップス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trouser</source>
        <translation>ズボン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pullover</source>
        <translation>プルオーバー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dress</source>
        <translation>ドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coat</source>
        <translation>コート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sandal</source>
        <translation>サンダル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shirt</source>
        <translation>シャツ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sneaker</source>
        <translation>スニーカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bag</source>
        <translation>バッグ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ankle boot</source>
        <translation>アンクルブーツ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new weights</source>
        <translation>新しい重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new weights: the last run diverged</source>
        <translation>新しい重み：前回の学習が発散</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new weights for the new architecture</source>
        <translation>新しい構成に合わせた新しい重み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opened a session</source>
        <translation>セッションから読み込み</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Number type (dtype)</source>
        <translation>数値の型（dtype）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” must be a number from {1} to {2}, not {3}.</source>
        <translation>「{0}」には{1}から{2}までの数を入れてください。入力値：{3}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” must be a whole number from {1} to {2}, not {3}.</source>
        <translation>「{0}」には{1}から{2}までの整数を入れてください。入力値：{3}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each width in “{0}” must be a whole number from {1} to {2}, not {3}.</source>
        <translation>「{0}」の各層の幅には{1}から{2}までの整数を入れてください。入力値：{3}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The std in “{0}” must be a number from {1} to {2}, not {3}.</source>
        <translation>「{0}」のstdには{1}から{2}までの数を入れてください。入力値：{3}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” must have {1} to {2} layers, not {3}.</source>
        <translation>「{0}」は{1}〜{2}層にしてください。いまは{3}層です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” must be layer widths separated by commas (such as 100, 100), not {1}.</source>
        <translation>「{0}」にはカンマ区切りの層の幅（例：100, 100）を入れてください。入力値：{1}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” must be He, Xavier or a std from {1} to {2}, not {3}.</source>
        <translation>「{0}」はHe、Xavier、または{1}〜{2}のstdにしてください。入力値：{3}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” must be one of {1}, not {2}.</source>
        <translation>「{0}」は{1}のどれかにしてください。入力値：{2}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” needs a number of steps or epochs.</source>
        <translation>「{0}」にステップ数かエポック数を入れてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” must be on or off, not {1}.</source>
        <translation>「{0}」はオンかオフにしてください。入力値：{1}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings must be named values, not a {0}.</source>
        <translation>設定は名前付きの値の集まりにしてください。いまは{0}です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”: a {1} network has {2} parameters (weights and biases); at most {3} are allowed, so that Stop and Reset answer within a second. Use fewer or narrower hidden layers.</source>
        <translation>「{0}」：{1}のネットワークのパラメータ（重みとバイアス）は{2}個です。停止とリセットが1秒以内に応答するよう、{3}個までにしてください。隠れ層を減らすか、幅を狭くしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{0}”: a mini-batch of {1} through {2} is {3} multiply-adds; at most {4} are allowed, so that Stop answers within a second. Use a batch of at most {5}.</source>
        <translation>「{0}」：{2}にミニバッチ{1}個を通すと積和演算は{3}回です。停止が1秒以内に応答するよう、{4}回までにしてください。バッチサイズを{5}以下にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number of more than {0} digits</source>
        <translation>{0}桁を超える数</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>loaded from {0}</source>
        <translation>{0} から読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session {0}</source>
        <translation>セッション {0}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the loss became {0}</source>
        <translation>損失が{0}になった</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the loss climbed to {0} (smoothed), more than {1} times its starting value {2}</source>
        <translation>損失（平滑化した値）が{0}まで上がり、最初の値{2}の{1}倍を超えた</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The run diverged at step {0}: {1}. Try a smaller learning rate (now {2}).</source>
        <translation>ステップ{0}で学習が発散しました：{1}。学習率を小さくしてみてください（いまは{2}）。</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../gui/exercises/catalogue.py" line="+167"/>
        <source>MulLayer and AddLayer (5.4)</source>
        <translation>MulLayer と AddLayer（5.4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write backward for the multiply and the add node of the apple example. Each returns the pair (dx, dy).</source>
        <translation>りんごの例の乗算ノードと加算ノードの backward を書いてください。どちらも (dx, dy) の組を返します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A multiply node sends back the upstream gradient times the *other* input: that is why forward keeps x and y.</source>
        <translation>乗算ノードは上流の勾配に*もう一方の*入力を掛けて返します。だから forward は x と y を保持します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An add node passes the upstream gradient on unchanged to both inputs.</source>
        <translation>加算ノードは上流の勾配をそのまま両方の入力に渡します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the apples: dout = 1 at the price, so d(apple) = 1.1 × 2 = 2.2.</source>
        <translation>りんごの場合：価格で dout = 1 なので d(apple) = 1.1 × 2 = 2.2 です。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Relu backward (5.5.1)</source>
        <translation>Relu の backward（5.5.1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Relu&apos;s backward. forward keeps a mask that is True where the input was 0 or less.</source>
        <translation>Relu の backward を書いてください。forward は入力が 0 以下のところで True になる mask を保持します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the input was positive, the gradient passes unchanged; elsewhere it is 0.</source>
        <translation>入力が正だったところでは勾配はそのまま流れ、それ以外では 0 です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self.mask is True exactly where the gradient must be 0.</source>
        <translation>self.mask は勾配が 0 になるべきところでちょうど True です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy dout, then set the masked entries to 0: dx[self.mask] = 0.</source>
        <translation>dout をコピーし、mask された要素を 0 にします：dx[self.mask] = 0。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sigmoid backward (5.5.2)</source>
        <translation>Sigmoid の backward（5.5.2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Sigmoid&apos;s backward. forward keeps its output y in self.out.</source>
        <translation>Sigmoid の backward を書いてください。forward は出力 y を self.out に保持します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The derivative of the sigmoid can be written with its output alone.</source>
        <translation>シグモイドの微分は出力だけで書けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is y (1 − y), where y is the output, not the input x.</source>
        <translation>y (1 − y) です。y は入力 x ではなく出力です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not forget to multiply by dout: backward passes the upstream gradient on.</source>
        <translation>dout を掛けるのを忘れないでください。backward は上流の勾配を伝えます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Affine backward (5.6.2)</source>
        <translation>Affine の backward（5.6.2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Affine&apos;s backward: return dx, and keep dW and db in self.dW and self.db. x is a batch of shape (N, D).</source>
        <translation>Affine の backward を書いてください。dx を返し、dW と db は self.dW と self.db に保持します。x は形状 (N, D) のバッチです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the shapes: dx has x&apos;s shape (N, D), dW has W&apos;s (D, H), db has b&apos;s (H,).</source>
        <translation>形状を確かめてください：dx は x の形状 (N, D)、dW は W の (D, H)、db は b の (H,) です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bias was added to every row of the batch, so its gradient is the sum of dout over the rows (axis=0).</source>
        <translation>バイアスはバッチのすべての行に足されたので、その勾配は行にわたる dout の和（axis=0）です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>np.dot(dout, self.W.T) for dx; np.dot(self.x.T, dout) for dW.</source>
        <translation>dx は np.dot(dout, self.W.T)、dW は np.dot(self.x.T, dout) です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SoftmaxWithLoss backward (5.6.3)</source>
        <translation>SoftmaxWithLoss の backward（5.6.3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write SoftmaxWithLoss&apos;s backward for one-hot targets t. The loss is the mean over the batch.</source>
        <translation>one-hot の正解 t に対する SoftmaxWithLoss の backward を書いてください。損失はバッチの平均です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The beauty of the pair: the gradient of the loss with respect to the scores is simply y − t.</source>
        <translation>この組み合わせの美しさ：スコアに対する損失の勾配は単に y − t です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss is a mean over the N samples of the batch: divide by N.</source>
        <translation>損失はバッチの N 個のサンプルの平均なので、N で割ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch_size = self.t.shape[0]; dx = (self.y - self.t) / batch_size.</source>
        <translation>batch_size = self.t.shape[0]; dx = (self.y - self.t) / batch_size。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SoftmaxWithLoss, forward and backward (5.6.3)</source>
        <translation>SoftmaxWithLoss、forward と backward（5.6.3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write both passes of SoftmaxWithLoss: forward keeps y and t and returns the mean cross-entropy loss; backward returns its gradient.</source>
        <translation>SoftmaxWithLoss の両方の伝播を書いてください。forward は y と t を保持して交差エントロピー誤差の平均を返し、backward はその勾配を返します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward: self.y = softmax(x), then the loss with cross_entropy_error.</source>
        <translation>forward：self.y = softmax(x)、次に cross_entropy_error で損失を求めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward needs the y and t that forward kept.</source>
        <translation>backward には forward が保持した y と t が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient is (y − t) / N, N being the batch size.</source>
        <translation>勾配は (y − t) / N で、N はバッチサイズです。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TwoLayerNet&apos;s gradient (5.7.2)</source>
        <translation>TwoLayerNet の gradient (5.7.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write TwoLayerNet.gradient: a forward pass, then the backward pass from the loss down through the layers in reverse order. Return the gradients W1, b1, W2, b2 that the Affine layers keep. The book&apos;s layers are provided; a class your file defines takes their place.</source>
        <translation>TwoLayerNet.gradient を書きます。まず順伝播を行い、損失から始めてレイヤを逆順にたどって逆伝播します。Affine レイヤが保持する勾配 W1, b1, W2, b2 を返します。本のレイヤは用意されています。ファイルで定義したクラスがあれば、そちらが使われます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backward needs what forward kept: call self.loss(x, t) first.</source>
        <translation>逆伝播には順伝播が保持した値が必要です。まず self.loss(x, t) を呼びます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient starts at the loss: dout = self.lastLayer.backward(1).</source>
        <translation>勾配は損失から始まります: dout = self.lastLayer.backward(1)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers = list(self.layers.values()); layers.reverse(); then dout = layer.backward(dout) for each.</source>
        <translation>layers = list(self.layers.values()); layers.reverse(); そして各レイヤで dout = layer.backward(dout)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grads[&apos;W1&apos;] = self.layers[&apos;Affine1&apos;].dW, grads[&apos;b1&apos;] = self.layers[&apos;Affine1&apos;].db, and the same for Affine2.</source>
        <translation>grads[&apos;W1&apos;] = self.layers[&apos;Affine1&apos;].dW, grads[&apos;b1&apos;] = self.layers[&apos;Affine1&apos;].db, Affine2 も同様です。</translation>
    </message>
</context>
<context>
    <name>ExercisesTab</name>
    <message>
        <location filename="../../gui/exercises/tab.py" line="+155"/>
        <source>Bug hunt: a mystery bug</source>
        <translation>バグ探し: なぞのバグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exercises, in the book&apos;s order. ✓ marks the ones you solved.</source>
        <translation>本の順序の演習です。✓ は解いた演習の印です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your code (Python, the book&apos;s interface). It is saved when you check.</source>
        <translation>あなたのコード（Python、本のインターフェース）です。確認するときに保存されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade your code (Ctrl+Enter): it runs in a separate process, stopped after {0:g} s.</source>
        <translation>コードを採点します（Ctrl+Enter）。別のプロセスで実行され、{0:g} 秒で止まります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running check.</source>
        <translation>実行中の確認を止めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hint</source>
        <translation>次のヒント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more hint.</source>
        <translation>ヒントをもう一つ表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Show the book&apos;s solution</source>
        <translation>本の解答を見る</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+62"/>
        <source>Reset to the starting file</source>
        <translation>最初のファイルに戻す</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Replace your code with the starting file (asks first).</source>
        <translation>コードを最初のファイルに置き換えます（先に確認します）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the check found, step by step.</source>
        <translation>確認でわかったことを段階ごとに示します。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Replace your code with the book&apos;s solution? Your code is kept in the editor&apos;s undo history (Ctrl+Z).</source>
        <translation>コードを本の解答に置き換えますか？あなたのコードはエディタの取り消し履歴（Ctrl+Z）に残ります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace your code with the starting file? Your code is kept in the editor&apos;s undo history (Ctrl+Z).</source>
        <translation>コードを最初のファイルに置き換えますか？あなたのコードはエディタの取り消し履歴（Ctrl+Z）に残ります。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The check could not run: {0}</source>
        <translation>確認を実行できませんでした：{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Put the book&apos;s code in the editor.</source>
        <translation>本のコードをエディタに入れます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocks after {0} more checks: try first!</source>
        <translation>あと {0} 回確認すると使えます。まず挑戦してみましょう！</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking… (a separate process; stopped after {0:g} s)</source>
        <translation>確認中…（別のプロセス、{0:g} 秒で停止）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries: {0}</source>
        <translation>試行：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must define: {0}</source>
        <translation>ファイルで次を定義する必要があります：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed.</source>
        <translation>合格です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet: see what the check found.</source>
        <translation>まだです。確認の結果を見てください。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gui/export.py" line="+76"/>
        <source>Cannot export a plot as &apos;{0}&apos;: use .png (image) or .svg (vector graphics).</source>
        <translation>グラフを「{0}」形式ではエクスポートできません。.png（画像）か.svg（ベクター画像）を使ってください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plot has no size yet; show it before exporting it.</source>
        <translation>グラフにまだ大きさがありません。表示してからエクスポートしてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write the image {0}</source>
        <translation>画像 {0} を書き込めませんでした</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The curves have mismatched lengths.</source>
        <translation>曲線の長さが一致しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps of the curves must increase.</source>
        <translation>曲線のステップは増加していなければなりません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no network to save yet.</source>
        <translation>まだ保存するネットワークがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training before saving the session.</source>
        <translation>セッションを保存する前に学習を止めてください。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stop training before opening a session.</source>
        <translation>セッションを開く前に学習を止めてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session&apos;s network expects {0} inputs and {1} classes; the data set has {2} and {3}.</source>
        <translation>このセッションのネットワークは入力{0}個・クラス{1}個を前提としていますが、データセットは{2}個・{3}個です。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a folder of MNIST-format files</source>
        <translation>MNIST形式のファイルがあるフォルダを選択</translation>
    </message>
</context>
<context>
    <name>FamiliarityNote</name>
    <message>
        <location filename="../../gui/draw/familiar.py" line="+108"/>
        <source>A classifier has no answer &apos;none of these&apos;: whatever is drawn, it picks one class.
The warning compares the drawing, as the network sees it, with the training images
(not with the network): shown when no training image is as close as for 99% of real ones,
or when it holds more ink than any of them.</source>
        <translation>分類器には「どれでもない」という答えがありません。何を描いても、どれか一つのクラスを選びます。
警告は、ネットワークが見るとおりの絵を（ネットワークではなく）訓練画像と比べたものです。
本物の数字の 99% ほど近い訓練画像が一つもないとき、
またはどの訓練画像よりもインクが多いときに表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It must answer one of the {0} digits, even for a drawing that is no digit.</source>
        <translation>数字でない絵でも、{0}個の数字のどれかで答えなければなりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It must answer one of the {0} classes, whatever is drawn.</source>
        <translation>何を描いても、{0}個のクラスのどれかで答えなければなりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ More ink than any image it was trained on, but it must answer one of the {0}: this guess means little.</source>
        <translation>⚠ 学習したどの画像よりもインクが多いのですが、{0}個のどれかで答えなければなりません。この推測にはあまり意味がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ This looks unlike the digits it was trained on, but it must answer one of the {0}: this guess means little.</source>
        <translation>⚠ 学習した数字に似ていませんが、{0}個のどれかで答えなければなりません。この推測にはあまり意味がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ This looks unlike the images it was trained on, but it must answer one of the {0} classes: this guess means little.</source>
        <translation>⚠ 学習した画像に似ていませんが、{0}個のクラスのどれかで答えなければなりません。この推測にはあまり意味がありません。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/file_actions.py" line="+124"/>
        <source>Save model…</source>
        <translation>モデルを保存…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the network&apos;s weights to a .npz file</source>
        <translation>ネットワークの重みを.npzファイルに保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load model…</source>
        <translation>モデルを読み込む…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load a network from a .npz model file</source>
        <translation>.npzのモデルファイルからネットワークを読み込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export loss plot…</source>
        <translation>損失のグラフをエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the loss plot as a PNG image (1600 px wide) or an SVG drawing</source>
        <translation>損失のグラフをPNG画像（幅1600 px）またはSVG図版として保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export accuracy plot…</source>
        <translation>認識精度のグラフをエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the accuracy plot as a PNG image (1600 px wide) or an SVG drawing</source>
        <translation>認識精度のグラフをPNG画像（幅1600 px）またはSVG図版として保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light background for exported plots</source>
        <translation>書き出すグラフを明るい背景にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the dark theme, export plots black on white, for slides and print</source>
        <translation>ダークテーマでも、グラフを白地に黒で書き出します（スライドや印刷用）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export curves as CSV…</source>
        <translation>曲線をCSVでエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current run&apos;s losses and accuracies as a CSV table</source>
        <translation>現在の学習の損失と認識精度をCSVの表として保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save session…</source>
        <translation>セッションを保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the network, its settings and its curves, to reopen them exactly</source>
        <translation>ネットワーク、設定、曲線を保存し、そのまま開き直せるようにします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session…</source>
        <translation>セッションを開く…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a saved session: network, settings, curves and data set</source>
        <translation>保存したセッション（ネットワーク、設定、曲線、データセット）を開き直します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder…</source>
        <translation>データフォルダを開く…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on another folder of MNIST-format IDX files</source>
        <translation>MNIST形式のIDXファイルがある別のフォルダで学習します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST (bundled)</source>
        <translation>MNIST（同梱）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train on the bundled MNIST digits</source>
        <translation>同梱のMNISTの数字で学習します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train on Fashion-MNIST</source>
        <translation>Fashion-MNISTで学習します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fashion-MNIST: install the Debian package dataset-fashion-mnist to use it</source>
        <translation>Fashion-MNIST：使うにはDebianパッケージ dataset-fashion-mnist をインストールしてください</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not save the model</source>
        <translation>モデルを保存できませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the model to {0}</source>
        <translation>モデルを{0}に保存しました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}

Nothing was written there; your network and its curves are still in the window, as they were.</source>
        <translation>{0}

そこには何も書き込まれていません。ネットワークと曲線はそのままウィンドウに残っています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+122"/>
        <source>Training is running</source>
        <translation>学習中です</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Stop training before loading a model.</source>
        <translation>モデルを読み込む前に学習を止めてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Could not load the model</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{0}

The current model is unchanged.</source>
        <translation>{0}

現在のモデルは変わっていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: this model expects {1} inputs and {2} classes; the data set has {3} and {4}.

The current model is unchanged.</source>
        <translation>{0}：このモデルは入力{1}個・クラス{2}個を前提としていますが、データセットは{3}個・{4}個です。

現在のモデルは変わっていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loaded {0}: it had no training settings, so its architecture {1} was read from its weights and the other settings are the defaults.</source>
        <translation>{0}を読み込みました。学習の設定がなかったため、構造{1}は重みから読み取り、ほかの設定は既定値にしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded {0}: its training settings did not match its weights ({2}), so its architecture {1} was read from its weights.</source>
        <translation>{0}を読み込みました。学習の設定が重みと合わなかったため（{2}）、構造{1}は重みから読み取りました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded {0}: its batch size was more than this network can take in one mini-batch, so it is now {1:,}.</source>
        <translation>{0}を読み込みました。バッチサイズがこのネットワークで1つのミニバッチに扱える大きさを超えていたため、{1:,}にしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded {0}</source>
        <translation>{0}を読み込みました</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Its batch size was more than this network can take in one mini-batch, so it is now {0:,}.</source>
        <translation>バッチサイズがこのネットワークで1つのミニバッチに扱える大きさを超えていたため、{0:,}にしました。</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model files (*.npz)</source>
        <translation>モデルファイル (*.npz)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load model</source>
        <translation>モデルを読み込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model files (*.npz);;All files (*)</source>
        <translation>モデルファイル (*.npz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export plot</source>
        <translation>グラフをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG画像 (*.png);;SVG図版 (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export the plot</source>
        <translation>グラフをエクスポートできませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Saved {0}</source>
        <translation>{0}を保存しました</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Export curves</source>
        <translation>曲線をエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export the curves</source>
        <translation>曲線をエクスポートできませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the session</source>
        <translation>セッションを保存できませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the session to {0}</source>
        <translation>セッションを{0}に保存しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop training before opening a session.</source>
        <translation>セッションを開く前に学習を止めてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+14"/>
        <source>Could not open the session</source>
        <translation>セッションを開けませんでした</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{0}

The current session is unchanged.</source>
        <translation>{0}

現在のセッションは変わっていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: its data set ({1}) was in {2}, which is not there any more.</source>
        <translation>{0}：このセッションのデータセット（{1}）は{2}にありましたが、今はありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opened {0}: {1:,} steps on {2}</source>
        <translation>{0}を開きました：{2}で{1:,}ステップ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its training settings did not match its weights ({0}), so its architecture {1} was read from its weights.</source>
        <translation>学習の設定が重みと合わなかったため（{0}）、構造{1}は重みから読み取りました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session files (*.npz)</source>
        <translation>セッションファイル (*.npz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session files (*.npz);;All files (*)</source>
        <translation>セッションファイル (*.npz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a folder of MNIST-format files</source>
        <translation>MNIST 形式のファイルがあるフォルダーを選んでください</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../gui/help.py" line="+84"/>
        <source>the loss after every mini-batch and the accuracy at each evaluation, with earlier runs as faint ghosts.</source>
        <translation>ミニバッチごとの損失と、評価ごとの認識精度を表示します。以前の実行は薄い曲線として残ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compares backprop&apos;s gradients with numerical ones, parameter by parameter (section 5.7.3).</source>
        <translation>誤差逆伝播法の勾配を数値微分とパラメータごとに比較します（5.7.3節）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw a digit with the mouse and watch the network&apos;s answer.</source>
        <translation>マウスで数字を書き、ネットワークの答えを確かめます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the trained network learned: first-layer weights, the confusion matrix, its mistakes.</source>
        <translation>学習したネットワークが学んだものを表示します。1層目の重み、混同行列、間違えた例を見られます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the book&apos;s computational graphs (the apple shopping of chapter 5): forward values and backward gradients on every arrow.</source>
        <translation>本の計算グラフ（5章のりんごの買い物の例）を表示します。すべての矢印に順伝播の値と逆伝播の勾配が示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one mini-batch traced through forward and backward propagation, array by array.</source>
        <translation>1つのミニバッチを順伝播と逆伝播に沿って、配列ごとにたどります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready-made comparisons (learning rates, activations, initial weights) that set up the runs for you.</source>
        <translation>用意された比較実験（学習率、活性化関数、重みの初期値）が実行を設定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every finished run side by side: settings, loss, accuracy.</source>
        <translation>終わった実行を、設定・損失・認識精度とともに並べて表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Start (or Space) with the book&apos;s settings and watch the loss fall on the Training tab: about 97% test accuracy after 10,000 steps.</source>
        <translation>本の設定のまま開始（または Space）を押し、学習タブで損失が下がるのを見ます。10,000 ステップ後のテストデータの認識精度は約 97% です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open One step, explained: follow one mini-batch forward through Affine, ReLU and Softmax-with-Loss, then backward (sections 5.5 to 5.7).</source>
        <translation>1ステップの解説タブを開きます。1つのミニバッチが Affine、ReLU、Softmax-with-Loss を順伝播し、逆伝播する様子をたどります（5.5〜5.7節）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Gradient check, run the check: backprop and the numerical gradient agree to about 1e-10. Plant a bug in the left panel, press Reset, and check again to see it caught.</source>
        <translation>勾配確認タブで確認を実行します。誤差逆伝播法と数値微分が約 1e-10 まで一致します。左のパネルでバグを仕込み、リセットを押してからもう一度確認すると、バグが見つかるのを確かめられます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Lessons, run the learning-rate lesson: too small learns slowly, too large diverges.</source>
        <translation>実験タブで学習率の実験を実行します。小さすぎると学習が遅く、大きすぎると発散します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a digit on the Draw tab, and look Inside the network at what it learned.</source>
        <translation>手書きタブで数字を書き、ネットワークの中身タブで学んだものを見ます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train a two-layer network on MNIST with the backpropagation of chapter 5, and look at every part of it. The left panel holds the settings; the buttons above the tabs run the training.</source>
        <translation>5章の誤差逆伝播法で MNIST の2層ネットワークを学習させ、そのすべての部分を見ます。左のパネルに設定があり、タブの上のボタンで学習を実行します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting started with Backprop Lab</source>
        <translation>Backprop Lab をはじめましょう</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A first lesson through chapter 5</source>
        <translation>5章をたどる最初の授業</translation>
    </message>
</context>
<context>
    <name>GradCheck</name>
    <message>
        <location filename="../../gui/gradcheck/report.py" line="+36"/>
        <source>excellent</source>
        <translation>優秀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acceptable</source>
        <translation>許容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below resolution</source>
        <translation>分解能以下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on a kink</source>
        <translation>折れ点上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspicious</source>
        <translation>要注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong</source>
        <translation>誤り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>計算不能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean |diff|
(book&apos;s number)</source>
        <translation>平均 |diff|
（本書の数値）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max |diff|</source>
        <translation>最大 |diff|</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/views.py" line="+97"/>
        <source>relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/report.py" line="+6"/>
        <source>kinks</source>
        <translation>折れ点</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} and {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only biases: look at how Affine.backward computes db</source>
        <translation>バイアスだけが誤り：Affine.backwardがdbを計算する部分を見てください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only weights: look at how Affine.backward computes dW</source>
        <translation>重みだけが誤り：Affine.backwardがdWを計算する部分を見てください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the top layer down: look at SoftmaxWithLoss.backward and Affine{0}.backward</source>
        <translation>最上位のレイヤから誤り：SoftmaxWithLoss.backwardとAffine{0}.backwardを見てください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W{0} and b{0} agree, so look between them: {1}{2}.backward and Affine{2}.backward</source>
        <translation>W{0}とb{0}は一致するので、その間を見てください：{1}{2}.backwardとAffine{2}.backward</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Backprop agrees with the numerical gradient (worst relative error {0})</source>
        <translation>誤差逆伝播法と数値微分は一致します（最大の相対誤差 {0}）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{0} disagrees: {1}</source>
        <translation>{0}が不一致：{1}</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Which parameter&apos;s gradient: W1 and b1 are the first Affine layer&apos;s weights and biases, W2 and b2 the second&apos;s, and so on. Hover over a cell for its shape.</source>
        <translation>どのパラメータの勾配か：W1 と b1 は 1 つ目の Affine レイヤの重みとバイアス、W2 と b2 は 2 つ目のもの、という具合です。セルにマウスを重ねると形状が表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ excellent: ≤ 1e-7.  ≈ below resolution: within float64 round-off.  ~ acceptable: ≤ 1e-4 where entries were re-checked near kinks.  ! suspicious: up to 1e-2.  ✗ wrong: &gt; 1e-2.  ∧ on a kink: nothing left to judge.  ⊘ failed: NaN or infinity, nothing compared.</source>
        <translation>✓ 優秀：≤ 1e-7。  ≈ 分解能以下：float64 の丸め誤差の範囲内。  ~ 許容：折れ点の近くで再確認した要素があるとき ≤ 1e-4。  ! 要注意：1e-2 まで。  ✗ 誤り：&gt; 1e-2。  ∧ 折れ点上：判定する要素が残らない。  ⊘ 計算不能：NaN または無限大で、何も比較できなかった。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean of |backprop − numerical| over the checked entries at the step h: the number the book&apos;s gradient_check.py prints. It depends on how big the gradients are, so it is hard to judge alone.</source>
        <translation>確認した要素についての |誤差逆伝播法 − 数値微分| の平均（ステップ h で）：本の gradient_check.py が表示する値です。勾配の大きさに左右されるので、これだけでは判断しにくいです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The largest |backprop − numerical| over the checked entries at the step h.</source>
        <translation>確認した要素のうち最大の |誤差逆伝播法 − 数値微分|（ステップ h で）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rel error
at h</source>
        <translation>h での
相対誤差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‖a − n‖ / (‖a‖ + ‖n‖) at the step h, norm-wise over the checked entries (a: backprop, n: numerical), before any re-check. Between 0 and 1 and independent of the gradients&apos; size.</source>
        <translation>ステップ h での ‖a − n‖ / (‖a‖ + ‖n‖)、確認した要素全体のノルムで計算（a：誤差逆伝播法、n：数値微分）、再確認の前。0 と 1 の間で、勾配の大きさに依存しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked entries whose +h or −h run moved some ReLU input to the other side of 0. Across a kink the central difference averages two slopes, so even a correct backprop disagrees there.</source>
        <translation>+h または −h の計算で、ある ReLU の入力が 0 の反対側に移った確認要素です。折れ点をまたぐと中心差分は 2 つの傾きを平均するので、正しい誤差逆伝播法でもそこではずれます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-checked</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the kinked entries, those checked again with a smaller step that stays on one side of every kink.</source>
        <translation>折れ点をまたいだ要素のうち、すべての折れ点の片側にとどまる小さなステップでもう一度確認した要素です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on kink</source>
        <translation>折れ点上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinked entries for which no step above the round-off floor stays on one side: the point sits on a kink, where the loss has no derivative. They are left out of the verdict.</source>
        <translation>丸め誤差の下限より大きいどのステップでも片側にとどまれない要素：その点は損失の微分がない折れ点の上にあります。これらは判定から除かれます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round-off
floor</source>
        <translation>丸め誤差の
下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relative error that float64 round-off alone can cause in these central differences. A smaller disagreement says nothing: &apos;below resolution&apos;.</source>
        <translation>この中心差分で float64 の丸め誤差だけから生じうる相対誤差です。これより小さい食い違いは何も意味しません：「分解能以下」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after
re-check</source>
        <translation>再確認
後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relative error after the re-check, without the entries on a kink: this is what the verdict judges.</source>
        <translation>再確認後の、折れ点上の要素を除いた相対誤差：判定はこの値で行います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reading the verdicts&lt;/b&gt; (thresholds after CS231n): the relative error after the re-check is &lt;b&gt;≤ 1e-7 ✓ excellent&lt;/b&gt;; &lt;b&gt;≤ 1e-4 ~ acceptable&lt;/b&gt; where entries had to be re-checked near kinks; up to 1e-2 &lt;b&gt;! suspicious&lt;/b&gt;; &lt;b&gt;&amp;gt; 1e-2 ✗ wrong&lt;/b&gt;: a bug. &lt;b&gt;Kinks:&lt;/b&gt; ReLU bends at 0. When the +h or −h run of an entry pushes a ReLU input across 0, the central difference mixes two slopes and a correct backprop seems wrong. The lab then checks that entry again with a smaller step that stays on one side of the kink (&lt;b&gt;re-checked&lt;/b&gt;). If even the smallest allowed step crosses it, the point sits &lt;b&gt;on a kink&lt;/b&gt;, where there is no derivative, and the entry is left out. &lt;b&gt;The floor:&lt;/b&gt; float64 keeps about 16 digits, so (L(w+h) − L(w−h)) / 2h carries a round-off error; tiny gradients (a deep net with std 0.01, a saturated sigmoid, a trained net) can be smaller than it. Where the disagreement is within that floor the lab says &lt;b&gt;≈ below resolution&lt;/b&gt;, not wrong. &lt;b&gt;⊘ failed&lt;/b&gt;: NaN or infinity (a bad h, NaN weights): nothing was compared, and that never passes.</source>
        <translation>&lt;b&gt;判定の読み方&lt;/b&gt;（しきい値は CS231n にならう）：再確認後の相対誤差が &lt;b&gt;≤ 1e-7 なら ✓ 優秀&lt;/b&gt;、折れ点の近くで再確認した要素があれば &lt;b&gt;≤ 1e-4 で ~ 許容&lt;/b&gt;、1e-2 までは &lt;b&gt;! 要注意&lt;/b&gt;、&lt;b&gt;&amp;gt; 1e-2 なら ✗ 誤り&lt;/b&gt;：バグです。&lt;b&gt;折れ点：&lt;/b&gt;ReLU は 0 で折れ曲がります。ある要素の +h または −h の計算が ReLU の入力を 0 の向こうへ押すと、中心差分は 2 つの傾きを混ぜてしまい、正しい誤差逆伝播法でも誤っているように見えます。そこでこのラボは、折れ点の片側にとどまる小さなステップでその要素をもう一度確認します（&lt;b&gt;再確認&lt;/b&gt;）。許される最小のステップでもまたぐなら、その点は微分のない&lt;b&gt;折れ点上&lt;/b&gt;にあるので、その要素は除きます。&lt;b&gt;下限：&lt;/b&gt;float64 は約 16 桁を保つので、(L(w+h) − L(w−h)) / 2h には丸め誤差があります。ごく小さな勾配（std 0.01 の深いネットワーク、飽和したシグモイド、学習済みのネットワーク）はそれより小さいことがあります。食い違いがこの下限以内なら、誤りとは言わず &lt;b&gt;≈ 分解能以下&lt;/b&gt;と表示します。&lt;b&gt;⊘ 計算不能&lt;/b&gt;：NaN または無限大（不適切な h、NaN の重み）で何も比較できず、これが合格になることはありません。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{0}: nothing could be compared (NaN or infinity in a gradient): check the step h and the weights</source>
        <translation>{0}：何も比較できませんでした（勾配に NaN または無限大）：ステップ h と重みを確認してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} disagree: {1}</source>
        <translation>{0}が不一致：{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is suspicious (worst relative error {1})</source>
        <translation>{0}は要注意（最大の相対誤差 {1}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} are suspicious (worst relative error {1})</source>
        <translation>{0}は要注意（最大の相対誤差 {1}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not caught: the planted bug did not show on these images (worst relative error {0})</source>
        <translation>見つからず：仕込んだバグはこれらの画像では現れませんでした（最大の相対誤差 {0}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planted bug: {0}. The check caught it. {1}</source>
        <translation>仕込んだバグ：{0}。勾配確認で見つかりました。{1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planted bug: {0}. This check did not catch it. {1}</source>
        <translation>仕込んだバグ：{0}。今回の確認では見つかりませんでした。{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the gradients are so small that float64 round-off in the central difference is as large as the disagreement; the check cannot resolve them, so it does not call them wrong.</source>
        <translation>{0}：勾配がとても小さく、中心差分の float64 の丸め誤差が食い違いと同じくらいの大きさです。この確認では見分けられないので、誤りとは言いません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Sigmoid net has no kinks: the loss is smooth, so the numerical gradient can be trusted everywhere.</source>
        <translation>Sigmoidのネットワークには折れ点がありません。損失がなめらかなので、数値微分はどこでも信頼できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0:,} of {1:,} {2} entries</source>
        <translation>{2}の要素{1:,}個のうち{0:,}個</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No checked entry crossed a ReLU kink, so the numerical gradient is trustworthy here.</source>
        <translation>確認した要素でReLUの折れ点をまたいだものはないので、ここでは数値微分を信頼できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} crossed a ReLU kink at h = {1}: {2:,} were re-checked with a smaller step that stays on one side of every kink, {3:,} sit on a kink and were left out.</source>
        <translation>{0} が h = {1} で ReLU の折れ点をまたぎました：{2:,} 個はすべての折れ点の片側にとどまる小さなステップで再確認し、{3:,} 個は折れ点上にあるため除きました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The race: backprop {0} vs numerical gradient {1}: backprop was {2} faster</source>
        <translation>速さ比べ：誤差逆伝播法 {0} 対 数値微分 {1}、誤差逆伝播法が{2}速く計算しました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the numerical gradient did only {0:,} of {1:,} entries; all of them would take about {2})</source>
        <translation>（数値微分は要素{1:,}個のうち{0:,}個だけ計算しました。全部なら約{2}かかります）</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/heatmap.py" line="+28"/>
        <source>Colour: |diff| on a log scale (white: not checked). Hover over a tile to read one entry.</source>
        <translation>色：対数目盛の|diff|（白：未確認）。タイルにマウスを乗せると要素1つの値を読めます。</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/views.py" line="-5"/>
        <source>Relative error of each parameter&apos;s gradient, on a log scale (lower is better).
Bars are coloured by verdict; the dashed lines are the thresholds 1e-7, 1e-4, 1e-2.</source>
        <translation>パラメータごとの勾配の相対誤差（対数目盛、低いほど良い）。
棒の色は判定を表し、破線は基準値1e-7、1e-4、1e-2です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative error per parameter</source>
        <translation>パラメータごとの相対誤差</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>if kinks</source>
        <translation>折れ点ありの場合</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>shape {0}: {1:,} entries, {2:,} checked</source>
        <translation>形状 {0}：要素 {1:,} 個、{2:,} 個を確認</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/heatmap.py" line="+109"/>
        <source>W1&apos;s per-entry |backprop − numerical gradient|. Each tile is one hidden unit: its 784 incoming weights laid out as the 28×28 input image. Log colour scale; white = not checked. Hover over a pixel to read its value.</source>
        <translation>W1の要素ごとの|誤差逆伝播法 − 数値微分|。タイル1枚が隠れ層のニューロン1つで、入ってくる784個の重みを28×28の入力画像の形に並べています。色は対数目盛で、白は未確認です。ピクセルにマウスを乗せると値を読めます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>W1 |diff| per entry: one 28×28 tile per hidden unit</source>
        <translation>W1の要素ごとの|diff|：隠れ層のニューロンごとに28×28のタイル1枚</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>not checked (sampled check)</source>
        <translation>未確認（サンプリングによる確認）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W1[{0}, {1}]: pixel (row {2}, column {3}) → hidden unit {4}: {5}</source>
        <translation>W1[{0}, {1}]：ピクセル（{2}行、{3}列）→ 隠れ層のニューロン {4}：{5}</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/views.py" line="-20"/>
        <source>One row per parameter: backprop&apos;s gradient against the numerical gradient. Hover over a column header for what it means.</source>
        <translation>パラメータごとに1行：誤差逆伝播法で求めた勾配を数値微分と比べます。列の見出しにマウスを乗せると意味が表示されます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0:,} of {1:,} checked entries crossed a ReLU kink</source>
        <translation>確認した要素{1:,}個のうち{0:,}個がReLUの折れ点をまたぎました</translation>
    </message>
</context>
<context>
    <name>GradCheckPanel</name>
    <message>
        <location filename="../../gui/gradcheck/panel.py" line="+131"/>
        <source>Run a gradient check to compare backprop with the numerical gradient.</source>
        <translation>勾配確認を実行して、誤差逆伝播法と数値微分を比べてみましょう。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to read the verdicts</source>
        <translation>判定の読み方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the explanation of the thresholds</source>
        <translation>基準値の説明を表示・非表示にします</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The planted bug changed: run the check again.</source>
        <translation>仕込んだバグが変わりました：確認をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The planted bug cannot be planted in this network. {0}</source>
        <translation>仕込んだバグはこのネットワークには仕込めません。{0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>at most {0:,} entries per parameter</source>
        <translation>パラメータごとに最大{0:,}要素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all {0:,} entries</source>
        <translation>全{0:,}要素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights from the running training (about step {0:,})</source>
        <translation>学習中の重み（約{0:,}ステップ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untrained weights</source>
        <translation>学習前の重み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights after {0:,} training steps</source>
        <translation>{0:,}ステップ学習した重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first {0} test images</source>
        <translation>先頭のテスト画像{0}枚</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first test image</source>
        <translation>先頭のテスト画像1枚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: {0} {1} net, {2}</source>
        <translation>確認対象：{0} {1} ネットワーク、{2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planted bug: {0}</source>
        <translation>仕込んだバグ：{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check was cancelled; nothing was compared. Press Run to start again.</source>
        <translation>確認をキャンセルしたので、何も比べていません。やり直すには「勾配確認を実行」を押してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check failed: {0}</source>
        <translation>確認に失敗しました：{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking… {0:.1f} s</source>
        <translation>確認中… {0:.1f} s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>took {0} in all</source>
        <translation>全体で{0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The W1 heat map needs 28×28 inputs (784); this network has {0} inputs.</source>
        <translation>W1のヒートマップには28×28の入力（784）が必要です。このネットワークの入力は{0}個です。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the network has changed since: run the check again</source>
        <translation>その後ネットワークが変わりました。もう一度確認してください</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../../gui/graph/canvas.py" line="+62"/>
        <source>The computational graph: values flow left to right above the arrows, gradients flow back below them.
Click a node to see its local derivative.</source>
        <translation>計算グラフ：値は矢印の上を左から右へ流れ、勾配は矢印の下を逆向きに流れます。
ノードをクリックすると局所的な微分が見られます。</translation>
    </message>
</context>
<context>
    <name>GraphTab</name>
    <message>
        <location filename="../../gui/graph/tab.py" line="+182"/>
        <source>Graph:</source>
        <translation>グラフ：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The graphs of chapter 5, in the book&apos;s order.</source>
        <translation>5章のグラフを本の順序で示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the current weights</source>
        <translation>現在の重みを使う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the network graph from the network as it is now.</source>
        <translation>今のネットワークからグラフを作り直します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this stage in One step, explained</source>
        <translation>「1ステップの解説」でこの段階を見る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same pass, layer by layer, with the book&apos;s names.</source>
        <translation>同じ計算をレイヤごとに、本の名前で示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>最初から</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide every computed value: only the inputs are known.</source>
        <translation>計算した値をすべて隠します。入力だけがわかっている状態です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last step.</source>
        <translation>最後のステップを取り消します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step ▶</source>
        <translation>ステップ ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One node: forward first, then backward.</source>
        <translation>ノードを一つずつ：まず順伝播、次に逆伝播。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every value and every gradient at once.</source>
        <translation>すべての値と勾配を一度に示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>Steps per second while playing: {0:g}</source>
        <translation>再生中の1秒あたりのステップ数：{0:g}</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>The chosen node</source>
        <translation>選んだノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The network graph needs the training data: it is still loading.</source>
        <translation>ネットワークのグラフには訓練データが必要です。まだ読み込み中です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network graph shows the book&apos;s loss without weight decay: set weight decay to 0 and press Reset to draw it.</source>
        <translation>ネットワークのグラフは荷重減衰のない本の損失を示します。荷重減衰を0にしてリセットを押すと描かれます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This graph cannot be drawn: {0}</source>
        <translation>このグラフは描けません：{0}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Play</source>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the animation here.</source>
        <translation>アニメーションをここで止めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animate the forward pass, then the backward pass, node by node.</source>
        <translation>順伝播、続いて逆伝播をノードごとにアニメーションで示します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All values (above the arrows) and gradients (below) are shown.</source>
        <translation>すべての値（矢印の上）と勾配（矢印の下）を表示しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step 0 of {0}: only the inputs are known.</source>
        <translation>ステップ 0 / {0}：入力だけがわかっています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step {0} of {1}: forward through {2} ({3}).</source>
        <translation>ステップ {0} / {1}：{2}（{3}）の順伝播。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {0} of {1}: backward through {2} ({3}).</source>
        <translation>ステップ {0} / {1}：{2}（{3}）の逆伝播。</translation>
    </message>
</context>
<context>
    <name>GraphTitles</name>
    <message>
        <location line="-354"/>
        <source>Buying 2 apples at 100 each with a 1.1 tax: 220 (5.4.1, buy_apple.py)</source>
        <translation>1個100円のりんご2個、消費税1.1：220（5.4.1, buy_apple.py）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 apples at 100 and 3 oranges at 150, tax 1.1: 715 (5.4.2, buy_apple_orange.py)</source>
        <translation>100円のりんご2個と150円のみかん3個、消費税1.1：715（5.4.2, buy_apple_orange.py）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chain rule: z = (x + y)² as an add node and a square node (figure 5-7)</source>
        <translation>連鎖律：z = (x + y)² を加算ノードと2乗ノードで（図5-7）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU: the gradient passes only where x &gt; 0 (5.5.1)</source>
        <translation>ReLU：勾配は x &gt; 0 のところだけを流れます（5.5.1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid as ×−1, exp, +1 and / nodes, next to one sigmoid node: backward collapses to dout · y(1 − y) (5.5.2)</source>
        <translation>×−1、exp、+1、/ のノードで描いた Sigmoid と一つの sigmoid ノード：逆伝播は dout · y(1 − y) にまとまります（5.5.2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affine: Y = X·W + B with matrix shapes; dB sums dY over the batch (5.6.2)</source>
        <translation>Affine：行列の形状つきの Y = X·W + B；dB はバッチにわたって dY を足し合わせます（5.6.2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softmax-with-Loss as a graph: its backward is y − t (appendix A)</source>
        <translation>グラフで描いた Softmax-with-Loss：逆伝播は y − t です（付録A）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current network on {0} test images: its forward and backward pass, equal to net.gradient (5.7)</source>
        <translation>テスト画像{0}枚に対する現在のネットワークの順伝播と逆伝播。net.gradient と等しくなります（5.7）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apples</source>
        <translation>りんご</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apples and oranges</source>
        <translation>りんごとみかん</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain rule</source>
        <translation>連鎖律</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network (TwoLayerNet)</source>
        <translation>ネットワーク（TwoLayerNet）</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../gui/health/view.py" line="+125"/>
        <source>Waiting for the data…</source>
        <translation>データを待っています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured on a copy of the network at evaluation points while training, and whenever the network changes; nothing is measured while this tab is hidden</source>
        <translation>学習中は評価のたびに、またネットワークが変わるたびに、ネットワークのコピーで測定します。このタブが隠れている間は何も測定しません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each hidden layer with the initial weights, on {0:,} test images</source>
        <translation>初期の重みでの各隠れ層（テスト画像 {0:,} 枚）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each hidden layer at step ≈{0:,} (training), on {1:,} test images</source>
        <translation>ステップ ≈{0:,}（学習中）での各隠れ層（テスト画像 {1:,} 枚）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each hidden layer after step {0:,}, on {1:,} test images</source>
        <translation>ステップ {0:,} の後の各隠れ層（テスト画像 {1:,} 枚）</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../gui/graph/inputs.py" line="+44"/>
        <source>The value of {0}: type a number (or a small list such as [[1, 2], [3, 4]]) and press Enter; every node re-computes.</source>
        <translation>{0} の値：数（または [[1, 2], [3, 4]] のような小さなリスト）を入力して Enter を押すと、すべてのノードが再計算されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge</source>
        <translation>少し動かす</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {0} by ±h and measure how the output changes: the numerical gradient, next to backprop&apos;s.</source>
        <translation>{0} を ±h だけ動かして出力の変化を測ります。数値微分を誤差逆伝播法の勾配と並べて示します。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} must be a list of shape {1}, such as {2}.</source>
        <translation>{0} は形状 {1} のリストでなければなりません。例：{2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a number, such as 1.5 or -2e-3.</source>
        <translation>{0} は 1.5 や -2e-3 のような数でなければなりません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>numerical (f(x+h) − f(x−h)) / 2h = {0}; backprop {1}; difference {2} (h = {3})</source>
        <translation>数値微分 (f(x+h) − f(x−h)) / 2h = {0}；誤差逆伝播法 {1}；差 {2}（h = {3}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at entry {0}</source>
        <translation>要素 {0} で</translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <location filename="../../gui/inside/view.py" line="+154"/>
        <source>Waiting for the data…</source>
        <translation>データを待っています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy of the network on the 10,000 test images, which it never trains on</source>
        <translation>学習に一度も使わないテスト画像10,000枚に対するネットワークの認識精度</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>After step {0} the network&apos;s outputs are not finite (the run diverged): press Reset for new weights.</source>
        <translation>ステップ{0}のあと、ネットワークの出力が有限ではありません（学習が発散）。「リセット」を押して新しい重みで始めてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test set with the weights loaded from {3}: accuracy {0:.1f}% ({1} errors of {2})</source>
        <translation>{3} から読み込んだ重みでのテストデータ：認識精度 {0:.1f}%（{2}枚中{1}枚を誤認識）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set with the weights of the opened session: accuracy {0:.1f}% ({1} errors of {2})</source>
        <translation>開いたセッションの重みでのテストデータ：認識精度 {0:.1f}%（{2}枚中{1}枚を誤認識）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set with the initial random weights: accuracy {0:.1f}% ({1} errors of {2})</source>
        <translation>ランダムな初期の重みでのテストデータ：認識精度 {0:.1f}%（{2}枚中{1}枚を誤認識）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set after {0} steps of training on the weights loaded from {4}: accuracy {1:.1f}% ({2} errors of {3})</source>
        <translation>{4} から読み込んだ重みを {0} ステップ学習した後のテストデータ：認識精度 {1:.1f}%（{3}枚中{2}枚を誤認識）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test set, network at step ≈{0} (training): accuracy {1:.1f}% ({2} errors of {3})</source>
        <translation>テストデータ、ステップ≈{0}のネットワーク（学習中）：認識精度 {1:.1f}%（{3}枚中{2}枚を誤認識）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set after step {0}: accuracy {1:.1f}% ({2} errors of {3})</source>
        <translation>ステップ{0}のあとのテストデータ：認識精度 {1:.1f}%（{3}枚中{2}枚を誤認識）</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <location filename="../../gui/last_resort.py" line="+80"/>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backprop Lab ran into an unexpected error:
{0}

What you asked for may not have happened. The window keeps working; File › Save session keeps your network and its curves. The details were written to the log.</source>
        <translation>Backprop Lab で予期しないエラーが発生しました:
{0}

求めた操作は行われなかった可能性があります。ウィンドウは引き続き使えます。ファイル › セッションを保存 でネットワークと曲線を保存できます。詳細はログに書き出しました。</translation>
    </message>
</context>
<context>
    <name>LayerColumn</name>
    <message>
        <location filename="../../gui/health/layer_column.py" line="+112"/>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient arriving (dout)</source>
        <translation>届く勾配 (dout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram of this layer&apos;s outputs on the batch: the book&apos;s figure of chapter 6, live</source>
        <translation>バッチに対するこの層の出力のヒストグラムです。本の第6章の図をリアルタイムで表示します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram of dout, the gradient of the loss arriving at this layer&apos;s outputs during backprop</source>
        <translation>誤差逆伝播法でこの層の出力に届く損失の勾配 dout のヒストグラムです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verdict on this layer; the sentence below says why</source>
        <translation>この層の判定です。下の文がその理由を説明します</translation>
    </message>
</context>
<context>
    <name>LayerHealth</name>
    <message>
        <location filename="../../gui/health/text.py" line="+21"/>
        <source>healthy</source>
        <translation>健全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saturated</source>
        <translation>飽和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collapsed</source>
        <translation>崩壊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead</source>
        <translation>死</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vanishing</source>
        <translation>勾配消失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exploding</source>
        <translation>勾配爆発</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Layer {0} · {1}, {2} units</source>
        <translation>第{0}層 · {1}、ユニット {2} 個</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its outputs differ from image to image (spread {0:.2f}) and the gradient passes through.</source>
        <translation>出力が画像ごとに異なり（標準偏差 {0:.2f}）、勾配もよく通ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0f}% of its outputs are below 0.05 or above 0.95, where the sigmoid is flat: almost no gradient passes back.</source>
        <translation>出力の {0:.0f}% が 0.05 未満か 0.95 超で、シグモイドが平らな範囲です。勾配がほとんど戻りません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every unit gives nearly the same output for every image (spread {0:.3f}): the layer hardly tells the images apart.</source>
        <translation>すべてのユニットがどの画像にもほぼ同じ値を出力します（標準偏差 {0:.3f}）。この層は画像をほとんど区別できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0f}% of its units are 0 for every image: they pass no gradient back and never learn.</source>
        <translation>ユニットの {0:.0f}% がすべての画像で 0 です。これらは勾配を戻さず、まったく学習しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gradient reaching it is only {0:.2g} times the one reaching the layer above: learning fades on the way back.</source>
        <translation>この層に届く勾配は、上の層に届く勾配の {0:.2g} 倍しかありません。戻る途中で学習の信号が消えていきます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Its outputs or gradients are no longer finite numbers: the network has blown up.</source>
        <translation>出力か勾配がもはや有限の数ではありません。ネットワークが発散しました。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The gradient reaching it is {0:.1f} times the one reaching the layer above: it grows layer after layer.</source>
        <translation>この層に届く勾配は、上の層に届く勾配の {0:.1f} 倍です。層を通るたびに大きくなります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One SGD step would change its weights by 10^{0:.1f} of their size; about 10^-3 is healthy.</source>
        <translation>SGD の 1 ステップで重みがその大きさの 10^{0:.1f} だけ変わります。10^-3 程度が健全です。</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../../gui/classroom/lesson_runner.py" line="+109"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>could not start {label}</source>
        <translation>{label}を開始できませんでした</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the run failed: {text}</source>
        <translation>学習に失敗：{text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../gui/classroom/lesson_data.py" line="+72"/>
        <source>Chapter 5 default</source>
        <translation>5章の基本の学習</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book&apos;s chapter 5 run: a 784-50-10 ReLU network, weights drawn with std 0.01, trained by SGD (learning rate 0.1) on mini-batches of 100 for 10,000 steps, with accuracy measured once per epoch. Watch the loss drop steeply in the first few hundred steps, then creep down. Train and test accuracy climb together and stay close: with 60,000 training images this small network hardly overfits.</source>
        <translation>本書5章の学習：784-50-10のReLUネットワークの重みをstd 0.01で生成し、SGD（学習率0.1）でミニバッチ100枚ずつ10,000ステップ学習し、エポックごとに認識精度を測ります。最初の数百ステップで損失が急に下がり、そのあとゆっくり下がっていく様子を見てください。訓練データとテストデータの認識精度はそろって上がり、差は小さいままです。訓練画像が60,000枚あるので、この小さなネットワークはほとんど過学習しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book&apos;s run (784-50-10)</source>
        <translation>本書の学習（784-50-10）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ReLU vs Sigmoid</source>
        <translation>ReLU 対 Sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section 6.2</source>
        <translation>6.2節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same 784-100-100-10 network trained the same way (SGD, learning rate 0.1), with ReLU or with Sigmoid after each hidden layer, each with the initial weights that suit it: He for ReLU, Xavier for Sigmoid. Watch Sigmoid learn more slowly: its loss stays higher and its accuracy trails. A sigmoid&apos;s derivative is at most 0.25, so the gradient shrinks at every layer it flows back through.</source>
        <translation>同じ784-100-100-10のネットワークを同じ方法（SGD、学習率0.1）で学習し、隠れ層ごとにReLUかSigmoidを置き、それぞれに合った重みの初期値（ReLUにはHe、SigmoidにはXavier）を使います。Sigmoidの学習が遅い様子を見てください。損失は高いままで、認識精度も遅れます。シグモイド関数の微分は最大0.25なので、勾配はレイヤをさかのぼるたびに小さくなります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ReLU (He)</source>
        <translation>ReLU (He)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid (Xavier)</source>
        <translation>Sigmoid (Xavier)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight init: 0.01 vs Xavier vs He</source>
        <translation>重みの初期値：0.01 対 Xavier 対 He</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book&apos;s experiment: a 784-100-100-100-100-10 ReLU network trained by SGD (learning rate 0.01) from three kinds of initial weights. With std 0.01 the signal shrinks layer after layer, the gradients all but vanish, and the loss stays flat near 2.3: accuracy stays near 10%, no better than guessing. Xavier learns; He, made for ReLU, learns fastest.</source>
        <translation>本書の実験：784-100-100-100-100-10のReLUネットワークを、3種類の重みの初期値からSGD（学習率0.01）で学習します。std 0.01では信号が層ごとに小さくなり、勾配はほとんど消え、損失は2.3付近で平らなままです。認識精度は10%前後で、当てずっぽうと変わりません。Xavierは学習が進み、ReLU向けのHeがいちばん速く学習します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>std 0.01</source>
        <translation>std 0.01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inside the layers: weight init and activations</source>
        <translation>層の中を見る：重みの初期値とアクティベーション</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book&apos;s experiment of section 6.2, in the Layer health tab: five hidden layers of 100, with Sigmoid from std 1, std 0.01 and Xavier weights, and with ReLU from std 0.01, Xavier and He. Look at each layer&apos;s histogram of outputs before training: Sigmoid with std 1 piles them up at 0 and 1 (saturated: the gradient vanishes), std 0.01 bunches them at 0.5 (collapsed: every unit says the same), Xavier spreads them. With ReLU, std 0.01 shrinks the signal layer after layer, while He keeps every layer alive. Then watch the verdicts change as the network trains.</source>
        <translation>本の 6.2 節の実験を「層の健全性」タブで見ます。100 個の隠れ層 5 つに、Sigmoid は標準偏差 1、0.01、Xavier の重みで、ReLU は標準偏差 0.01、Xavier、He の重みで始めます。学習の前に各層の出力のヒストグラムを見てください。標準偏差 1 の Sigmoid は出力が 0 と 1 に偏り（飽和：勾配が消えます）、標準偏差 0.01 は 0.5 付近に集まり（崩壊：すべてのユニットが同じことを言います）、Xavier は広がります。ReLU では標準偏差 0.01 だと信号が層ごとに小さくなりますが、He はすべての層を生かします。そのあと、ネットワークの学習につれて判定がどう変わるかを見てください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sigmoid, std 1</source>
        <translation>Sigmoid、標準偏差 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigmoid, std 0.01</source>
        <translation>Sigmoid、標準偏差 0.01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigmoid, Xavier</source>
        <translation>Sigmoid、Xavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU, std 0.01</source>
        <translation>ReLU、標準偏差 0.01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU, Xavier</source>
        <translation>ReLU、Xavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU, He</source>
        <translation>ReLU、He</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SGD vs Momentum vs AdaGrad vs Adam</source>
        <translation>SGD 対 Momentum 対 AdaGrad 対 Adam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book&apos;s comparison on MNIST: the same 784-100-100-100-100-10 ReLU network with He weights, trained by four update rules at the book&apos;s learning rates (SGD, Momentum and AdaGrad 0.01, Adam 0.001). Watch plain SGD&apos;s loss fall the slowest while the other three pull ahead within a few hundred steps. As the book says, which one is best depends on the problem and on the hyperparameters.</source>
        <translation>本書のMNISTでの比較：Heの初期値を使った同じ784-100-100-100-100-10のReLUネットワークを、4つの更新手法で、本書の学習率（SGD、Momentum、AdaGradは0.01、Adamは0.001）で学習します。素朴なSGDの損失がいちばんゆっくり下がり、ほかの3つは数百ステップのうちに先行する様子を見てください。本書にあるとおり、どれが最良かは問題とハイパーパラメータによって変わります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overfitting on 300 samples</source>
        <translation>300枚での過学習</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the book&apos;s overfitting experiment: 200 epochs on only the first 300 training images, with the book&apos;s 784-100×6-10 network (six hidden layers of 100). Watch train accuracy reach 100% while test accuracy stalls far below: the network memorises its 300 images. With weight decay (λ&#xa0;=&#xa0;0.1) train accuracy stays lower and the gap shrinks; compare the final numbers in the runs table. Its loss includes the penalty ½λΣW², so that curve sits higher.</source>
        <translation>本書の過学習の実験にならったもの：先頭の訓練画像300枚だけで、本書と同じ784-100×6-10のネットワーク（ニューロン100個の隠れ層が6層）を200エポック学習します。訓練データの認識精度が100%に達する一方、テストデータの認識精度はずっと下で止まる様子を見てください。ネットワークが300枚の画像を丸暗記したのです。荷重減衰（λ&#xa0;=&#xa0;0.1）を使うと訓練データの認識精度は低めにとどまり、差が縮まります。最終的な数値は「実行の比較」の表で比べてください。この損失にはペナルティ½λΣW²が含まれるので、曲線は高めに描かれます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no weight decay</source>
        <translation>荷重減衰なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with weight decay λ=0.1</source>
        <translation>荷重減衰 λ=0.1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{n:g} epochs</source>
        <translation>{n:g}エポック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n:,} steps</source>
        <translation>{n:,}ステップ</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../gui/classroom/lessons.py" line="+109"/>
        <source>Choose one of the book&apos;s experiments</source>
        <translation>本書の実験を1つ選んでください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up one variant and press Start, or run them all:</source>
        <translation>条件を1つ設定して「開始」を押すか、すべて実行してください：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trains each variant in turn, each from new weights; finished runs stay on the plots as ghost curves and in the runs table. Stop ends the lesson.</source>
        <translation>条件ごとに新しい重みから順に学習します。終わった実行はグラフに残像曲線として、「実行の比較」の表に行として残ります。「停止」で実験を終えます。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>After the book&apos;s {ref}</source>
        <translation>参考：本書の{ref}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set up: {label}</source>
        <translation>設定：{label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set every control for {label} ({summary}, {length}) and give the network new weights; then press Start to train it.</source>
        <translation>すべての設定を「{label}」（{summary}、{length}）に合わせ、ネットワークに新しい重みを与えます。そのあと「開始」を押して学習してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run all variants ({n})</source>
        <translation>すべての条件を実行（{n}個）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this lesson</source>
        <translation>この実験を実行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Training {i} of {n}: {label}. Stop ends the lesson.</source>
        <translation>{n}個中{i}個目を学習中：{label}。「停止」で実験を終えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson done. The finished runs are ghost curves on the plots and rows in the runs table.</source>
        <translation>実験が終わりました。終わった実行はグラフの残像曲線と「実行の比較」の表の行になっています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesson ended ({why}).</source>
        <translation>実験を終了しました（{why}）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window_pages.py" line="+23"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check</source>
        <translation>勾配確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw</source>
        <translation>手書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the network</source>
        <translation>ネットワークの中身</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computational graph</source>
        <translation>計算グラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step, explained</source>
        <translation>1ステップの解説</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer health</source>
        <translation>層の健全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>実験</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare runs</source>
        <translation>実行の比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises</source>
        <translation>演習</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+171"/>
        <source>Which network the window is showing and training</source>
        <translation>ウィンドウに表示し、学習しているネットワーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the window (training stops first)</source>
        <translation>ウィンドウを閉じます（学習中ならまず止めます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore default settings</source>
        <translation>既定の設定に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperparameters back to the book&apos;s chapter 5 run</source>
        <translation>ハイパーパラメータを本書5章の学習に戻します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+193"/>
        <source>About Backprop Lab</source>
        <translation>Backprop Lab について</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>What this app is, and where MNIST comes from</source>
        <translation>このアプリの説明とMNISTの出典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guide: the tabs, the keyboard shortcuts, a first lesson through chapter 5</source>
        <translation>短いガイドです。タブ、キーボードショートカット、5章をたどる最初の授業を説明します</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Loading {0}…</source>
        <translation>{0}を読み込み中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the training data…</source>
        <translation>訓練データを読み込み中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: {1:,} training and {2:,} test images</source>
        <translation>{0}：訓練画像{1:,}枚、テスト画像{2:,}枚</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load the training data. {0}</source>
        <translation>訓練データを読み込めませんでした。{0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The controls hold the command line&apos;s settings for this run; your saved settings are kept for later starts.</source>
        <translation>設定パネルには今回の実行のためのコマンドラインの設定が入っています。保存された設定は次回以降の起動のためにそのまま残ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings restored from last time: Settings › Restore default settings goes back.</source>
        <translation>前回の設定を復元しました。設定 › 既定の設定に戻す で元に戻せます。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Model: {0} {1} ({2})</source>
        <translation>モデル：{0} {1}（{2}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, trained {0:,} steps</source>
        <translation>、{0:,} ステップ学習済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, PLANTED BUG: {0}</source>
        <translation>、仕込んだバグ：{0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backprop Lab {0}</source>
        <translation>Backprop Lab {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backprop Lab: learn and teach error backpropagation, after chapter 5 of Deep Learning from Scratch (Saito Koki).</source>
        <translation>Backprop Lab：『ゼロから作るDeep Learning』（斎藤康毅）の5章にそって、誤差逆伝播法を学び、教えるためのアプリです。</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="+55"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data set</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MistakesGallery</name>
    <message>
        <location filename="../../gui/inside/gallery.py" line="+114"/>
        <source>Show all mistakes</source>
        <translation>すべての誤認識を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the mistakes of every class again, not just one cell of the confusion matrix</source>
        <translation>混同行列のセル1つだけでなく、すべてのクラスの誤認識をもう一度表示します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test images the network gets wrong, the ones it is surest about first. Click one to open it in the Draw tab.</source>
        <translation>ネットワークが誤認識するテスト画像を、自信の強いものから表示します。クリックすると「手書き」タブで開きます。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+26"/>
        <source>true {0} → {1}</source>
        <translation>正解 {0} → {1}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>true {0} →</source>
        <translation>正解 {0} →</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Test image #{0}: labelled {1}. The network says {2} with probability {3:.1%}; it gives {1} {4:.1%}. Click to open it in the Draw tab.</source>
        <translation>テスト画像 #{0}：正解は{1}。ネットワークは確率{3:.1%}で{2}と答え、{1}には{4:.1%}をつけています。クリックすると「手書き」タブで開きます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mistakes on the test set</source>
        <translation>テストデータの誤認識</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mistakes: {0} read as {1} ({2} images)</source>
        <translation>誤認識：{0}を{1}と認識（{2}枚）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mistakes: none, every test image is read correctly</source>
        <translation>誤認識：なし。すべてのテスト画像を正しく認識しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mistakes: {0} test images</source>
        <translation>誤認識：テスト画像{0}枚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the {0} the network is surest about)</source>
        <translation>（ネットワークの自信が強い{0}枚）</translation>
    </message>
</context>
<context>
    <name>NodeExplanation</name>
    <message>
        <location filename="../../gui/graph/explain_view.py" line="+46"/>
        <source>The chosen node&apos;s forward formula and how its gradient is passed back.</source>
        <translation>選んだノードの順伝播の式と、勾配を逆に伝える方法です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a node of the graph to see what it computes and how it passes the gradient back: upstream × local derivative = downstream.</source>
        <translation>グラフのノードをクリックすると、何を計算し勾配をどう逆に伝えるかが見られます：上流 × 局所的な微分 = 下流。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An input. Its value {0}; the gradient that reaches it: {1}.</source>
        <translation>入力です。値は {0}、届いた勾配は {1} です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It feeds {0} nodes, so their gradients add up: {1}.</source>
        <translation>{0} 個のノードにつながるので、それらの勾配を足し合わせます：{1}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward: {0} = {1}</source>
        <translation>順伝播：{0} = {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the output: backward starts here with dout = {0}.</source>
        <translation>出力です。逆伝播はここから dout = {0} で始まります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upstream gradient (dout) arriving from the right: {0}</source>
        <translation>右から届く上流の勾配（dout）：{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its output feeds {0} nodes, so dout is the sum of their gradients: {1}.</source>
        <translation>出力が {0} 個のノードにつながるので、dout はそれらの勾配の和です：{1}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: no gradient (it is data, such as the labels t).</source>
        <translation>{0}：勾配なし（正解ラベル t のようなデータです）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1}; local derivative {2}; upstream × local = {3}</source>
        <translation>{0}：{1}；局所的な微分 {2}；上流 × 局所的な微分 = {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} (a matrix product: dout · Wᵀ) = {2}</source>
        <translation>{0}：{1}（行列の積：dout · Wᵀ）= {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} (a matrix product: Xᵀ · dout) = {2}</source>
        <translation>{0}：{1}（行列の積：Xᵀ · dout）= {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(summed over the batch: the input was broadcast)</source>
        <translation>（バッチにわたって合計：入力がブロードキャストされていました）</translation>
    </message>
</context>
<context>
    <name>OneStepView</name>
    <message>
        <location filename="../../gui/one_step/view.py" line="+164"/>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N, the number of test images in the batch (1 to 8): the first dimension of x, out, dout and dx</source>
        <translation>バッチのテスト画像の数N（1〜8）：x、out、dout、dxの1つ目の次元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New batch</source>
        <translation>新しいバッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick other random test images and run the step on them</source>
        <translation>別のテスト画像をランダムに選び、その画像で1ステップ実行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run one step</source>
        <translation>1ステップ実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One forward and backward pass on the latest weights of the network
(computed on a copy: the network is not changed)</source>
        <translation>ネットワークの最新の重みで順伝播と逆伝播を1回行います
（コピーで計算するので、ネットワークは変わりません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the previous stage (Page Up)</source>
        <translation>前の段階を表示します（Page Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the next stage (Page Down)</source>
        <translation>次の段階を表示します（Page Down）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the computational graph</source>
        <translation>計算グラフで見る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same pass on the same images, drawn as a computational graph of
matrix products, bias additions and activations, at this stage</source>
        <translation>同じ画像に対する同じ計算を、行列の積・バイアスの加算・活性化関数からなる
計算グラフとして描き、この段階を表示します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the data…</source>
        <translation>データを待っています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which weights this step used</source>
        <translation>このステップで使った重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stages of one step, in the order the computer does them:
forward through every layer, then backward. Click one to show it.</source>
        <translation>1ステップの段階を、コンピュータが処理する順に並べています：
すべてのレイヤの順伝播、次に逆伝播。クリックするとその段階を表示します。</translation>
    </message>
    <message>
        <location line="+194"/>
        <location line="+40"/>
        <source>{layer} backward</source>
        <translation>{layer} 逆伝播</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Stage {0} of {1}</source>
        <translation>段階 {0} / {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press “Run one step” to trace a forward and backward pass.</source>
        <translation>「1ステップ実行」を押すと、順伝播と逆伝播をたどります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights loaded from a file</source>
        <translation>ファイルから読み込んだ重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights loaded from a file, then trained {steps} steps</source>
        <translation>ファイルから読み込み、{steps}ステップ学習した重み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights after {steps} training steps</source>
        <translation>{steps}ステップ学習した重み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random initial weights, not trained yet</source>
        <translation>まだ学習していないランダムな初期の重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weights} · {arch} · {act} · a batch of {n} test images · computed in float64 on a copy: the network is not changed.</source>
        <translation>{weights} · {arch} · {act} · テスト画像{n}枚のバッチ · コピーでfloat64で計算するので、ネットワークは変わりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network has changed since ({why}): run the step again.</source>
        <translation>その後ネットワークが変わりました（{why}）。もう一度ステップを実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has trained on since (step {now}): run the step again for the latest weights.</source>
        <translation>その後も学習が進みました（ステップ{now}）。最新の重みを見るには、もう一度ステップを実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{layer} forward</source>
        <translation>{layer} 順伝播</translation>
    </message>
</context>
<context>
    <name>PendingNote</name>
    <message>
        <location filename="../../gui/architecture_sync.py" line="-73"/>
        <source>The architecture controls apply when the network is built: by Reset, or by Start when the architecture differs.</source>
        <translation>構造の設定はネットワークを作るときに反映されます。リセットしたとき、または構造が違うときに開始したときです。</translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <location filename="../../gui/draw/prediction.py" line="+160"/>
        <source>What the network sees: its input image, one square per pixel,
white = 1 (ink), black = 0</source>
        <translation>ネットワークが見ているもの：入力画像。1ピクセルが1マス、
白 = 1（インク）、黒 = 0</translation>
    </message>
</context>
<context>
    <name>PredictingNetwork</name>
    <message>
        <location filename="../../gui/draw/model.py" line="+138"/>
        <source>Predicting with: the bundled pre-trained model ({0}, test accuracy {1:.2%})</source>
        <translation>予測に使うネットワーク：同梱の学習済みモデル（{0}、テスト精度 {1:.2%}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicting with: the bundled pre-trained model ({0})</source>
        <translation>予測に使うネットワーク：同梱の学習済みモデル（{0}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your network takes over once it has trained a step.</source>
        <translation>あなたのネットワークが1ステップでも学習すると、そちらに切り替わります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as loaded from the file</source>
        <translation>ファイルから読み込んだまま</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random initial weights, not trained yet</source>
        <translation>ランダムな初期の重み、まだ学習前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {0:,}</source>
        <translation>ステップ {0:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicting with: your network ({0}, {1}, test accuracy {2:.2%})</source>
        <translation>予測に使うネットワーク：あなたのネットワーク（{0}、{1}、テスト精度 {2:.2%}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicting with: your network ({0}, {1})</source>
        <translation>予測に使うネットワーク：あなたのネットワーク（{0}、{1}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, PLANTED BUG: {0}</source>
        <translation>、仕込んだバグ：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The bundled pre-trained model is unavailable: {0}</source>
        <translation>同梱の学習済みモデルは使えません：{0}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(The pre-trained model reads MNIST digits only.)</source>
        <translation>（学習済みモデルが読めるのはMNISTの数字だけです。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No network yet: the data set is still loading.</source>
        <translation>まだネットワークがありません。データセットを読み込んでいます。</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <location filename="../../gui/draw/prediction.py" line="-112"/>
        <source>1 · Crop to the ink</source>
        <translation>1 · インクの部分を切り出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cropped to the ink: {h} × {w} canvas pixels</source>
        <translation>インクの部分を切り出し：キャンバスの{h} × {w}ピクセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Fit into 20 × 20</source>
        <translation>2 · 20 × 20に収める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longer side fitted to 20 pixels: {h} × {w}</source>
        <translation>長い辺を20ピクセルに合わせる：{h} × {w}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 · Centre by mass = input</source>
        <translation>4 · 重心で中央に = 入力</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>The network&apos;s guess</source>
        <translation>ネットワークの予測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class with the highest probability</source>
        <translation>確率がいちばん高いクラス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its probability: the softmax of the network&apos;s scores.
A confident network can still be wrong.</source>
        <translation>その確率：ネットワークのスコアのsoftmax。
自信満々のネットワークでも間違えることがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the network sees</source>
        <translation>ネットワークが見ているもの</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>3 · Place in {side} × {side}</source>
        <translation>3 · {side} × {side}に置く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed in the middle of a {side} × {side} field</source>
        <translation>{side} × {side}の領域の中央に置く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centred by mass (moved {dy:+d}, {dx:+d} px): these {n} pixels are the input</source>
        <translation>重心を中央に移動（{dy:+d}, {dx:+d} px）：この{n}ピクセルが入力です</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Show a step of the preprocessing that turns the drawing into
an MNIST-style {0} × {0} input (step 4 is what the network reads)</source>
        <translation>描いた絵をMNIST形式の{0} × {0}の入力に変える前処理の段階を表示します
（段階4がネットワークの読む入力です）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Draw a digit</source>
        <translation>数字を描いてください</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The network&apos;s guess appears here as you draw.</source>
        <translation>描くと、ネットワークの予測がここに表示されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No guess: the network&apos;s outputs are not numbers</source>
        <translation>予測できません：ネットワークの出力が数値ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network has diverged. Reset it, or lower the learning rate.</source>
        <translation>このネットワークは発散しました。リセットするか、学習率を下げてください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing to see yet.</source>
        <translation>まだ表示するものがありません。</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location line="-343"/>
        <source>The network&apos;s probability for each class (softmax of its scores).
The highest, its guess, is blue and bold.</source>
        <translation>クラスごとのネットワークの確率（スコアのsoftmax）。
いちばん高いものが予測で、青い太字で表示します。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../gui/exercises/results.py" line="+41"/>
        <source>What the check found, step by step.</source>
        <translation>確認でわかったことを段階ごとに示します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the missing part, then press Check: the lab runs your layer in a separate process and compares its backward with numerical gradients.</source>
        <translation>足りない部分を書いてから確認を押してください。別のプロセスでレイヤを実行し、backward を数値微分と比べます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct: your backward agrees with the numerical gradient.</source>
        <translation>正解です。backward が数値微分と一致します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syntax error on line {0}: {1}</source>
        <translation>{0} 行目に構文エラー：{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file stops with an error on line {0}: {1}</source>
        <translation>ファイルが {0} 行目でエラーにより止まります：{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped after {0:g} s: does your code loop forever?</source>
        <translation>{0:g} 秒で止めました。コードが無限ループになっていませんか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your code asked for more memory than the check allows and was stopped.</source>
        <translation>コードが許される以上のメモリを求めたので止めました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file defines none of the classes this exercise asks for.</source>
        <translation>ファイルにこの演習が求めるクラスが一つもありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was cancelled.</source>
        <translation>確認はキャンセルされました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not run your file: {0}</source>
        <translation>ファイルを確認できませんでした：{0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Diagnosis: {0}.</source>
        <translation>診断：{0}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a two-layer network this makes {0} wrong{1}.</source>
        <translation>2層ネットワークではこのために {0} が誤りになります{1}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {0} stay right</source>
        <translation>；{0} は正しいままです</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (line {0})</source>
        <translation>（{0} 行目）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} raised {1}{2}</source>
        <translation>{0} で {1} が発生{2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} has shape {2}, expected {3}</source>
        <translation>{0}：{1} の形状が {2} です。期待した形状は {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gradient(): a forward pass, then backward from the loss through the layers in reverse</source>
        <translation>gradient(): 順伝播のあと、損失からレイヤを逆順に逆伝播しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>params must hold W1, b1, W2 and b2 with the shapes {0}</source>
        <translation>params には形状 {0} の W1, b1, W2, b2 が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grads[&apos;{0}&apos;] is {1}</source>
        <translation>grads[&apos;{0}&apos;] は {1} です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient() must return W1, b1, W2 and b2, each the dW or db of its own Affine layer</source>
        <translation>gradient() は W1, b1, W2, b2 を返す必要があります。それぞれ自分の Affine レイヤの dW または db です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backward must return two gradients: dx, dy</source>
        <translation>backward は二つの勾配 dx, dy を返す必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forward gives other values than the book&apos;s layer (largest difference {0:.2g})</source>
        <translation>forward が本のレイヤと違う値を返します（最大の差 {0:.2g}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward: right shape and values</source>
        <translation>forward：形状と値が正しい</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backward: gradients of the right shapes</source>
        <translation>backward：勾配の形状が正しい</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backward writes into dout, as the book&apos;s own Relu does: harmless in the book&apos;s network, since nothing reads dout afterwards</source>
        <translation>backward が dout に書き込みます。本の Relu も同じで、その後 dout を読むところがないので本のネットワークでは問題ありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward changes the array it was given; harmless here, but a copy is safer</source>
        <translation>forward が受け取った配列を変更します。ここでは問題ありませんが、コピーする方が安全です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaves its inputs as they were</source>
        <translation>入力をそのままにします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backward agrees with central differences of your forward</source>
        <translation>backward があなたの forward の中心差分と一致します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward disagrees with central differences of your forward in: {0}</source>
        <translation>backward があなたの forward の中心差分と一致しません：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a 784-50-10 network with your layer passes the gradient check on {0} MNIST digits</source>
        <translation>あなたのレイヤを使った 784-50-10 のネットワークが MNIST の数字 {0} 個で勾配確認に合格します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a network with your layer gets wrong gradients for: {0}</source>
        <translation>あなたのレイヤを使ったネットワークの勾配が誤っています：{0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gradient() never calls a layer&apos;s backward</source>
        <translation>gradient() がどのレイヤの backward も呼んでいません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient() runs backward without a forward pass first: the layers still hold what an earlier forward kept. Call self.loss(x, t) first.</source>
        <translation>gradient() が順伝播をせずに逆伝播しています。レイヤには以前の順伝播が保持した値が残っています。まず self.loss(x, t) を呼びます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gradient() never calls self.lastLayer.backward: the backward pass starts at the loss</source>
        <translation>gradient() が self.lastLayer.backward を呼んでいません。逆伝播は損失から始まります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gradient() runs backward through the layers in forward order: it must go in reverse (layers.reverse())</source>
        <translation>gradient() がレイヤを順伝播の順に逆伝播しています。逆順でなければなりません (layers.reverse())</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gradient() skips the backward of: {0}</source>
        <translation>gradient() が次のレイヤの backward を飛ばしています: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}.backward does not get the gradient the layer above returned: write dout = layer.backward(dout)</source>
        <translation>{0}.backward が上のレイヤの返した勾配を受け取っていません。dout = layer.backward(dout) と書きます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gradient() calls the layers&apos; backward out of order</source>
        <translation>gradient() がレイヤの backward を誤った順序で呼んでいます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (it called: {0})</source>
        <translation>（呼び出し順: {0}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backward</source>
        <translation>backward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the numerical check</source>
        <translation>数値による確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the network check</source>
        <translation>ネットワークでの確認</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <location filename="../../gui/run_actions.py" line="+72"/>
        <source>Start / Pause</source>
        <translation>開始 / 一時停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start training, or pause and resume it</source>
        <translation>学習を開始、または一時停止・再開します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step one mini-batch</source>
        <translation>ミニバッチを1ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train exactly one mini-batch, then pause</source>
        <translation>ミニバッチ1つだけ学習して一時停止します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop training</source>
        <translation>学習を止めます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset weights</source>
        <translation>重みをリセット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New random weights; the plots start afresh</source>
        <translation>新しいランダムな重みにして、グラフを最初から描きます</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>New random weights from seed {0}.</source>
        <translation>シード {0} で新しいランダムな重みを作りました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot start: {0}</source>
        <translation>開始できません：{0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Paused: Space resumes, N trains one more mini-batch</source>
        <translation>一時停止中：Spaceで再開、Nでミニバッチをもう1つ学習します</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} Press Start to try again with new weights (the curves stay for comparison).</source>
        <translation>{0}「開始」を押すと新しい重みでやり直します（比較のため曲線は残します）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at step {0:,}. Start continues from here.</source>
        <translation>ステップ{0:,}で止めました。「開始」でここから続けます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at step {0:,}: test accuracy {1:.4f}. Start continues from here.</source>
        <translation>ステップ{0:,}で止めました。テスト精度 {1:.4f}。「開始」でここから続けます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {0:,} steps, test accuracy {1:.4f}, train accuracy {2:.4f}.</source>
        <translation>完了：{0:,}ステップ、テスト精度 {1:.4f}、訓練精度 {2:.4f}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training stopped with an error: {0}</source>
        <translation>エラーで学習が止まりました：{0}</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/run_bar.py" line="+83"/>
        <source>Train the current network (Space)</source>
        <translation>現在のネットワークを学習します（Space）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume training (Space)</source>
        <translation>学習を一時停止・再開します（Space）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train exactly one mini-batch, then pause (N)</source>
        <translation>ミニバッチ1つだけ学習して一時停止します（N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training after this mini-batch (Esc)</source>
        <translation>このミニバッチが終わったら学習を止めます（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New random weights; the plots start afresh (R)</source>
        <translation>新しいランダムな重みにして、グラフを最初から描きます（R）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Step</source>
        <translation>1ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../gui/train/status.py" line="+51"/>
        <source>How much of this run is done</source>
        <translation>今回の学習の進み具合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mini-batch updates made so far</source>
        <translation>これまでのミニバッチの更新回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training set so far</source>
        <translation>これまでに訓練データを一巡した回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training speed, mini-batches per second</source>
        <translation>学習の速さ（1秒あたりのミニバッチ数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training time so far, and the estimated time left</source>
        <translation>これまでの学習時間と、残りの予想時間</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>step -</source>
        <translation>ステップ -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch -</source>
        <translation>エポック -</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>- steps/s</source>
        <translation>- ステップ/s</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>elapsed - / remaining -</source>
        <translation>経過 - / 残り -</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step {0:,}</source>
        <translation>ステップ {0:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch {0:.2f}</source>
        <translation>エポック {0:.2f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,.0f} steps/s</source>
        <translation>{0:,.0f} ステップ/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed {0} / remaining {1}</source>
        <translation>経過 {0} / 残り {1}</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <location filename="../../gui/classroom/comparison.py" line="+54"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s name: the lesson variant, or its hyperparameters</source>
        <translation>実行の名前：実験の条件、またはハイパーパラメータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test acc</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy on the test images at the end (bold: the best)</source>
        <translation>終了時のテスト画像の認識精度（太字：最高）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train acc</source>
        <translation>訓練精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy on the training images at the end</source>
        <translation>終了時の訓練画像の認識精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss of the last mini-batch (with weight decay, plus the penalty)</source>
        <translation>最後のミニバッチの損失（荷重減衰があればペナルティを含む）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batch updates this network had made when the run ended</source>
        <translation>実行が終わった時点での、このネットワークのミニバッチの更新回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training time, evaluation excluded</source>
        <translation>学習時間（評価を除く）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done, stopped by the user, or diverged</source>
        <translation>完了、ユーザーが停止、または発散</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer sizes from input to output</source>
        <translation>入力から出力までの各層の大きさ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activation after each hidden layer</source>
        <translation>各隠れ層の後の活性化関数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init</source>
        <translation>初期値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the initial weights were drawn</source>
        <translation>重みの初期値の決め方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update rule</source>
        <translation>更新の手法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate at the end of the run</source>
        <translation>実行終了時の学習率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batch size</source>
        <translation>ミニバッチのサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decay λ</source>
        <translation>減衰 λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay λ (none: 0)</source>
        <translation>荷重減衰 λ（なし：0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train size</source>
        <translation>訓練データ数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training images used (all: the whole training set)</source>
        <translation>使った訓練画像の数（すべて：訓練データ全部）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>batch={0}</source>
        <translation>バッチ={0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>augmented</source>
        <translation>拡張</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed={0}</source>
        <translation>シード={0}</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Finished runs, one per row. Bold: the best test accuracy. Grey: settings every run shares. Click a column header to sort.</source>
        <translation>終わった実行を1行ずつ表示します。太字：最高のテスト精度。灰色：すべての実行に共通の設定。列の見出しをクリックすると並べ替えます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear runs</source>
        <translation>実行を消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every run from this table and its ghost curve from the plots (&apos;Undo clear&apos; brings them back)</source>
        <translation>この表のすべての実行とグラフの残像曲線を消去します（「消去を取り消す」で元に戻せます）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Undo clear ({0})</source>
        <translation>消去を取り消す（{0}）</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Put back the runs and ghost curves &apos;Clear runs&apos; removed</source>
        <translation>「実行を消去」で消した実行と残像曲線を元に戻します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ghost curves</source>
        <translation>残像曲線を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the faint curves that finished runs leave on the loss and accuracy plots</source>
        <translation>終わった実行が損失と認識精度のグラフに残す薄い曲線を表示・非表示にします</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The best test accuracy in the table</source>
        <translation>表の中で最高のテスト精度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finished runs will appear here, one row each, to compare their settings and final accuracy.</source>
        <translation>終わった実行がここに1行ずつ表示され、設定と最終的な認識精度を比べられます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bold: the best test accuracy. Grey: settings every run shares, so what differs stands out.</source>
        <translation>太字：最高のテスト精度。灰色：すべての実行に共通の設定なので、違う部分が目立ちます。</translation>
    </message>
</context>
<context>
    <name>SeedRow</name>
    <message>
        <location filename="../../gui/train/seed.py" line="+41"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked: every Reset gives the same initial weights (this seed).
Not ticked: every Reset draws a new seed, shown in the box.</source>
        <translation>チェックあり：リセットのたびに同じ初期の重み（このシード）になります。
チェックなし：リセットのたびに新しいシードを選び、欄に表示します。</translation>
    </message>
</context>
<context>
    <name>SourceSwitch</name>
    <message>
        <location filename="../../gui/draw/source_switch.py" line="+51"/>
        <source>Pre-trained model</source>
        <translation>学習済みモデル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My network</source>
        <translation>自分のネットワーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the drawing with the bundled model, trained on all of MNIST beforehand (it reads MNIST digits only)</source>
        <translation>MNIST 全体で事前に学習した同梱のモデルで絵を読みます（MNIST の数字だけを読みます）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the drawing with the network you are training (a copy, refreshed as it trains), even before it has learned anything</source>
        <translation>学習中のあなたのネットワーク（学習に合わせて更新されるコピー）で絵を読みます。まだ何も学習していなくても使えます</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <location filename="../../gui/train/speed.py" line="+66"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batches per second, also while a run goes on. At 10 or fewer (slow motion, in bold) the loss plot follows the latest steps, each step&apos;s loss a dot.</source>
        <translation>1 秒あたりのミニバッチ数です。学習中にも変更できます。10 以下（スローモーション、太字）では、損失グラフが直近のステップを追い、ステップごとの損失を点で表示します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>full speed</source>
        <translation>最高速度</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>{0} steps/s</source>
        <translation>{0} ステップ/s</translation>
    </message>
</context>
<context>
    <name>TabListButton</name>
    <message>
        <location filename="../../gui/tab_list.py" line="+38"/>
        <source>All tabs</source>
        <translation>すべてのタブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tab in a list: the window is too narrow to show all their names</source>
        <translation>すべてのタブを一覧で表示します。ウィンドウが狭く、タブの名前をすべては表示できません</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../gui/exercises/training.py" line="+104"/>
        <source>Train with my layers</source>
        <translation>自分のレイヤで学習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the book&apos;s two-layer net on MNIST with your passing classes (the book&apos;s for the rest), in a separate process</source>
        <translation>合格した自分のクラス（残りは本のもの）で本の 2 層ニューラルネットワークを MNIST で別プロセスで学習します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training</source>
        <translation>学習を停止します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs:</source>
        <translation>エポック:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many passes over the 60,000 training images</source>
        <translation>60,000 枚の訓練画像を何回繰り返すかです</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loss per mini-batch</source>
        <translation>ミニバッチごとの損失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy per epoch</source>
        <translation>エポックごとのテスト精度</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your classes: {0}.</source>
        <translation>自分のクラス: {0}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book&apos;s: {0}.</source>
        <translation>本のクラス: {0}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training… step {0}</source>
        <translation>学習中… ステップ {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0:.1%} of the test digits recognised by your code.</source>
        <translation>完了: 自分のコードがテストの数字の {0:.1%} を認識しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (line {0})</source>
        <translation>（{0} 行目）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your code raised {0}{1} while training.</source>
        <translation>学習中に自分のコードで {0}{1} が発生しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: no progress for {0:g} s. Does your code loop forever?</source>
        <translation>停止しました: {0:g} 秒間進みませんでした。コードが無限ループになっていませんか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The training process ended: {0}</source>
        <translation>学習プロセスが終了しました: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solve Relu, Affine, SoftmaxWithLoss or TwoLayerNet&apos;s gradient first: then your code can learn MNIST.</source>
        <translation>まず Relu, Affine, SoftmaxWithLoss または TwoLayerNet の gradient を解きます。そうすれば自分のコードで MNIST を学習できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epoch {0}: {1:.1%}</source>
        <translation>エポック {0}: {1:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy: {0}</source>
        <translation>テスト精度: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../../gui/train/plots.py" line="+65"/>
        <source>Loss per mini-batch</source>
        <translation>ミニバッチごとの損失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy at each evaluation</source>
        <translation>評価ごとの認識精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>mini-batch loss</source>
        <translation>ミニバッチの損失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed (EMA)</source>
        <translation>平滑化（EMA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Smoothing of the blue loss line: an exponential moving average (EMA). Each point is a·(previous average) + (1−a)·(new loss). 0 shows the raw losses; near 1 the line is smoother but reacts later.</source>
        <translation>青い損失の線の平滑化：指数移動平均（EMA）。各点はa·（直前の平均） + (1−a)·（新しい損失）です。0なら生の損失をそのまま表示し、1に近いほど線はなめらかになりますが、反応が遅れます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smoothing</source>
        <translation>平滑化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
        <translation>損失を対数軸で表示します。後半の小さな改善が見えるようになります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss of every mini-batch (grey) and its moving average (blue). Drag to pan, wheel to zoom, right-click for more.</source>
        <translation>ミニバッチごとの損失（灰色）とその移動平均（青）。ドラッグで移動、ホイールで拡大・縮小、右クリックでメニュー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train and test accuracy at each evaluation. Drag to pan, wheel to zoom, right-click for more.</source>
        <translation>評価ごとの訓練データとテストデータの認識精度。ドラッグで移動、ホイールで拡大・縮小、右クリックでメニュー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values at the point nearest the mouse (the dashed line on the plots).</source>
        <translation>マウスにいちばん近い点の値（グラフの破線の位置）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+161"/>
        <source>Point at a plot to read its values.</source>
        <translation>グラフを指すと値を読めます。</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>run {0}</source>
        <translation>実行 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/train/readout.py" line="+26"/>
        <source>step {0}: loss {1:.4f} (smoothed {2:.4f})</source>
        <translation>ステップ {0}：損失 {1:.4f}（平滑化 {2:.4f}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step {0}: train acc {1}, test acc {2:.4f}</source>
        <translation>ステップ {0}：訓練精度 {1}、テスト精度 {2:.4f}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}, step {1}: smoothed loss {2:.4f}</source>
        <translation>{0}、ステップ {1}: 平滑化した損失 {2:.4f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
</context>
<context>
    <name>TrendPlots</name>
    <message>
        <location filename="../../gui/health/trends.py" line="+65"/>
        <source>Gradient norm log₁₀‖dout‖ per layer</source>
        <translation>層ごとの勾配ノルム log₁₀‖dout‖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update ratio (log₁₀); −3 is healthy</source>
        <translation>更新比率（log₁₀）、−3 が健全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much gradient reaches each hidden layer (its colour is the square by the layer&apos;s title): lines far apart mean it shrinks or grows on the way back</source>
        <translation>各隠れ層に届く勾配の大きさです（色は層のタイトルの横の四角の色です）。線どうしが離れていれば、戻る途中で勾配が小さく、または大きくなっています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log₁₀(std(lr·dW) / std(W)): how big one SGD step is next to the weights it changes. Near −3 the layer learns steadily; far below it hardly moves, near −1 it jumps</source>
        <translation>log₁₀(std(lr·dW) / std(W))：SGD の 1 ステップが、変える重みに比べてどれだけ大きいかを表します。−3 付近なら層は着実に学習し、ずっと下ならほとんど動かず、−1 付近なら跳ねます</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <location filename="../../gui/view_actions.py" line="+93"/>
        <source>Presentation mode</source>
        <translation>プレゼンテーションモード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, large type and thick lines, high contrast, advanced controls hidden: for a projector</source>
        <translation>全画面、大きな文字と太い線、高コントラスト、詳細設定を隠す：プロジェクター向け</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings column</source>
        <translation>設定の列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the network and training settings on the left, to give the tabs the whole width</source>
        <translation>左側のネットワークと学習の設定を表示または非表示にします。非表示にするとタブがウィンドウの幅をすべて使います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light theme</source>
        <translation>ライトテーマ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the light colour theme</source>
        <translation>明るい配色のテーマを使います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark theme</source>
        <translation>ダークテーマ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the dark colour theme</source>
        <translation>暗い配色のテーマを使います</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the interface in {0}</source>
        <translation>表示言語の切り替え：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training to switch the language</source>
        <translation>言語を切り替えるには学習を止めてください</translation>
    </message>
</context>
<context>
    <name>WeightTilesPanel</name>
    <message>
        <location filename="../../gui/inside/tiles.py" line="+82"/>
        <source>Hidden-unit weights W1</source>
        <translation>隠れ層のニューロンの重み W1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first layer&apos;s weights: one tile per hidden unit (unit 1, 2, ... left to right, top to bottom). Red pixels: ink there excites the unit; blue pixels: ink there inhibits it.</source>
        <translation>1層目の重み：隠れ層のニューロンごとにタイル1枚（ニューロン1、2、…は左から右、上から下の順）。赤いピクセルはそこにインクがあるとニューロンを興奮させ、青いピクセルは抑制します。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The inputs are not square images, so the weights cannot be shown as pictures.</source>
        <translation>入力が正方形の画像ではないので、重みを画像として表示できません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each tile: the {0} weights into one hidden unit, shown as an image: {1} = positive, {2} = negative (each tile scaled by its own largest |w|).</source>
        <translation>タイル1枚は、隠れ層のニューロン1つに入る{0}個の重みを画像にしたものです。{1} = 正、{2} = 負（タイルごとに、その中で最大の|w|に合わせて色の幅を決めています）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the first {0} of {1} hidden units.</source>
        <translation>隠れ層のニューロン{1}個のうち先頭の{0}個を表示しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some weights are not finite (the run diverged): press Reset.</source>
        <translation>一部の重みが有限ではありません（学習が発散）。「リセット」を押してください。</translation>
    </message>
</context>
</TS>
