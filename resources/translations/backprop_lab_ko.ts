<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ArchitectureSync</name>
    <message>
        <location filename="../../gui/architecture_sync.py" line="+128"/>
        <source>trained {0:,} steps</source>
        <translation>{0:,}스텝 학습함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded from {0}</source>
        <translation>{0}에서 불러옴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the opened session</source>
        <translation>연 세션의 가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network is still {0} ({1}): the gradient check and the Draw tab use it. Start or Reset builds {2}, with new random weights.</source>
        <translation>신경망은 아직 {0}({1})입니다. 기울기 확인과 그리기 탭은 이 신경망을 사용합니다. 시작이나 초기화를 누르면 새 무작위 가중치로 {2}을(를) 만듭니다.</translation>
    </message>
</context>
<context>
    <name>ArraysView</name>
    <message>
        <location filename="../../gui/one_step/arrays.py" line="+61"/>
        <source>Every array of this stage: its book name, its shape, a few values and min / mean / max</source>
        <translation>이 단계의 모든 배열: 책에서의 이름, 형상, 값 몇 개, 최솟값 / 평균 / 최댓값</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>→ grads[&apos;{key}&apos;]</source>
        <translation>→ grads[&apos;{key}&apos;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not used: nothing lies below {layer}</source>
        <translation>쓰이지 않음: {layer} 아래에는 아무것도 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loss: the mean of −log y[t] over the batch</source>
        <translation>손실: 배치에 걸친 −log y[t]의 평균</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂L, where backward starts</source>
        <translation>∂L/∂L, 역전파의 출발점</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the input images</source>
        <translation>입력 이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {src}</source>
        <translation>{src}에서 옴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to {dst}</source>
        <translation>{dst}(으)로 보냄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True where x ≤ 0, kept from forward</source>
        <translation>x ≤ 0인 곳이 True, 순전파에서 보관</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from forward</source>
        <translation>순전파에서 보관</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scalar</source>
        <translation>스칼라</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rows 0 to {last} are all 0, so row {row} is shown.</source>
        <translation>0~{last}행이 모두 0이어서 {row}행을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{k} of {n} True</source>
        <translation>{n}개 중 {k}개가 True</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min {lo}  ·  mean {mean}  ·  max {hi}</source>
        <translation>최솟값 {lo}  ·  평균 {mean}  ·  최댓값 {hi}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>green</source>
        <translation>초록</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the true class t</source>
        <translation>정답 클래스 t</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} as images: red where the loss grows with the pixel, blue where it falls</source>
        <translation>{name}을(를) 이미지로: 픽셀이 커질 때 손실이 커지는 곳은 빨강, 작아지는 곳은 파랑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: the batch, one row per image ({side} × {side} = {n} pixels)</source>
        <translation>{name}: 배치, 이미지 하나가 한 행({side} × {side} = {n} 픽셀)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>y, the probability of each class: (N, C) = {shape}</source>
        <translation>y, 각 클래스의 확률: (N, C) = {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dx = (y − t) / N for each class: (N, C) = {shape}</source>
        <translation>클래스별 dx = (y − t) / N: (N, C) = {shape}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>green: the true class t · bold: the network&apos;s guess (the largest y)</source>
        <translation>초록: 정답 클래스 t · 굵은 글씨: 신경망의 예측(가장 큰 y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at t, dx = (y − 1) / N &lt; 0: backward pushes that score up</source>
        <translation>t에서는 dx = (y − 1) / N &lt; 0: 역전파가 그 점수를 끌어올립니다</translation>
    </message>
</context>
<context>
    <name>BugHuntPanel</name>
    <message>
        <location filename="../../gui/exercises/bughunt.py" line="+114"/>
        <source>Bug hunt: a mystery bug</source>
        <translation>버그 찾기: 수수께끼 버그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the class code your teacher gives: everyone with the same code gets the same planted bug. Find it with the gradient check (the Gradient check and One step tabs help too), then say which layer is wrong and how.</source>
        <translation>선생님이 알려 준 반 코드를 입력합니다. 같은 코드를 입력한 사람은 모두 같은 버그가 심어진 신경망을 받습니다. 기울기 확인으로 버그를 찾고(기울기 확인 탭과 한 스텝 탭도 도움이 됩니다), 어느 계층이 어떻게 잘못되었는지 답합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class code, e.g. 3B-2026</source>
        <translation>반 코드, 예: 3B-2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same code gives the same bug on every computer</source>
        <translation>같은 코드는 어느 컴퓨터에서나 같은 버그를 냅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the hunt</source>
        <translation>찾기 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plant the mystery bug of this class code</source>
        <translation>이 반 코드의 수수께끼 버그를 심습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check of the mystery net</source>
        <translation>수수께끼 신경망의 기울기 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare backprop with numerical gradients, parameter by parameter, on 3 test digits (new digits each time)</source>
        <translation>시험 숫자 3개에서 오차역전파와 수치 미분을 매개변수별로 비교합니다(매번 새 숫자)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which layer:</source>
        <translation>어느 계층:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong:</source>
        <translation>무엇이 잘못되었나:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer whose backward you think is wrong</source>
        <translation>backward가 잘못되었다고 생각하는 계층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mistake you think it makes</source>
        <translation>그 계층이 저지른다고 생각하는 실수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit my guess</source>
        <translation>내 추측 제출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab says whether you found it and counts your tries</source>
        <translation>찾았는지 알려 주고 시도 횟수를 셉니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a class code first.</source>
        <translation>먼저 반 코드를 입력합니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The check could not run: {0}</source>
        <translation>확인을 실행할 수 없었습니다: {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Class code {0}: a 784-50-10 {1} net with one planted bug.</source>
        <translation>반 코드 {0}: 버그가 하나 심어진 784-50-10 {1} 신경망입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>맞음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>틀림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backprop&apos;s gradient</source>
        <translation>오차역전파의 기울기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tries: {0}</source>
        <translation>시도: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found it!</source>
        <translation>찾았습니다!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right layer, but not that mistake.</source>
        <translation>계층은 맞지만 그 실수는 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not that layer.</source>
        <translation>그 계층이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>CheckOptions</name>
    <message>
        <location filename="../../gui/gradcheck/options.py" line="+34"/>
        <source>none (correct backprop)</source>
        <translation>없음(올바른 역전파)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images</source>
        <translation>시험 이미지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step h</source>
        <translation>간격 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>원소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Break the backprop</source>
        <translation>역전파 망가뜨리기</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>How many test images the loss averages over: the first N of the test set (the book uses 3). The numerical gradient&apos;s time grows with N.</source>
        <translation>손실을 평균할 시험 이미지 수: 시험 데이터의 앞쪽 N개(책은 3개). 수치 미분의 계산 시간은 N에 따라 늘어납니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the book)</source>
        <translation>(책)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The finite-difference step h: numerical gradient = (L(w+h) − L(w−h)) / 2h. Larger h: truncation error and more ReLU kinks crossed; smaller h: round-off error.</source>
        <translation>유한 차분의 간격 h: 수치 미분 = (L(w+h) − L(w−h)) / 2h. h가 크면 절단 오차가 생기고 넘는 ReLU 꺾인 점이 늘어나며, 작으면 반올림 오차가 생깁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sampled:</source>
        <translation>표본:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every entry of every parameter, or only a random sample of entries per parameter (much faster for big networks).</source>
        <translation>모든 매개변수의 모든 원소를 확인하거나, 매개변수마다 무작위로 뽑은 일부 원소만 확인합니다(큰 신경망에서 훨씬 빠름).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> per parameter</source>
        <translation> (매개변수당)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With &apos;sampled&apos;: how many randomly chosen entries of each parameter to check (parameters with fewer entries are checked whole).</source>
        <translation>&apos;표본&apos;일 때 매개변수마다 무작위로 골라 확인할 원소 수(원소가 이보다 적은 매개변수는 전부 확인).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every layer&apos;s backward is correct.</source>
        <translation>모든 층의 역전파가 올바릅니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run gradient check</source>
        <translation>기울기 확인 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running check (it stops between chunks, within a moment).</source>
        <translation>실행 중인 확인을 멈춥니다(계산 묶음 사이에서 곧 멈춥니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check is running</source>
        <translation>확인하는 중입니다</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>waiting for the data</source>
        <translation>데이터를 기다리는 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check is running: Cancel stops it.</source>
        <translation>확인하는 중입니다. 취소를 누르면 멈춥니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare backprop&apos;s gradient with the numerical gradient on a copy of the current network (training, if running, is not disturbed).</source>
        <translation>현재 신경망의 사본으로 오차역전파의 기울기와 수치 미분을 비교합니다(학습 중이어도 방해하지 않습니다).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>It needs weight decay, and this network has none (set Weight decay, then Reset).</source>
        <translation>이 버그에는 가중치 감소가 필요한데 이 신경망에는 없습니다(가중치 감소를 설정한 뒤 초기화하십시오).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It needs a {0} layer, and this network uses {1} (switch the activation, then Reset).</source>
        <translation>이 버그에는 {0} 계층이 필요한데 이 신경망은 {1}을(를) 사용합니다(활성화 함수를 바꾼 뒤 초기화하십시오).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plant a classic backprop mistake in the checked copy and watch the check catch it. &apos;none&apos; keeps every layer&apos;s backward correct.</source>
        <translation>확인할 사본에 오차역전파의 대표적인 실수를 심어 두고 확인이 잡아내는 것을 지켜봅니다. &apos;없음&apos;이면 모든 층의 역전파가 올바릅니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PLANTED BUG: {0} — backprop is deliberately wrong</source>
        <translation>심어 둔 버그: {0} — 역전파를 일부러 틀리게 했습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bug cannot be planted here. {0}</source>
        <translation>이 버그는 여기에 심을 수 없습니다. {0}</translation>
    </message>
</context>
<context>
    <name>ConfusionPanel</name>
    <message>
        <location filename="../../gui/inside/confusion.py" line="+186"/>
        <source>Confusion matrix on the test set</source>
        <translation>시험 데이터의 혼동 행렬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: true class ↓   Columns: the network&apos;s answer →</source>
        <translation>행: 정답 클래스 ↓   열: 신경망의 답 →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many test images of each class (row) the network put in each class (column). Click a cell to see those mistakes in the gallery.</source>
        <translation>각 클래스(행)의 시험 이미지를 신경망이 어느 클래스(열)로 분류했는지 센 수. 셀을 누르면 그 오답들을 갤러리에 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of each class&apos;s test images that the network gets right (the diagonal cell divided by its row)</source>
        <translation>클래스마다 신경망이 맞힌 시험 이미지의 비율(대각선 셀 ÷ 그 행의 합)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Predicted: {0}</source>
        <translation>예측: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True class: {0}</source>
        <translation>정답 클래스: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} of the {1} test images of {2} are read correctly ({3:.1f}%)</source>
        <translation>{2}의 시험 이미지 {1}개 중 {0}개를 맞혔습니다({3:.1f}%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} test images of {1} read as {2} ({3:.1f}% of the {1}s). Click to see them.</source>
        <translation>{1}의 시험 이미지 {0}개를 {2}(으)로 읽었습니다({1} 전체의 {3:.1f}%). 누르면 그 이미지를 봅니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>correct</source>
        <translation>정답률</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No test images of {0}</source>
        <translation>{0}의 시험 이미지 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.1f} %</source>
        <translation>{0:.1f} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} of {2} test images right ({3:.1f}%)</source>
        <translation>{0}: 시험 이미지 {2}개 중 {1}개 정답({3:.1f}%)</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+21"/>
        <source>Locked while a training runs: stop it to change this.</source>
        <translation>학습 중에는 바꿀 수 없습니다. 바꾸려면 학습을 멈추십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain gradient descent, W ← W − lr·dW (the book&apos;s chapter 5).</source>
        <translation>기본 경사 하강법, W ← W − lr·dW (책의 5장).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gradient descent with a velocity that keeps rolling downhill.</source>
        <translation>속도를 더해 비탈을 계속 굴러 내려가게 한 경사 하강법입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrinks each parameter&apos;s step as its squared gradients add up.</source>
        <translation>기울기의 제곱이 쌓일수록 매개변수마다 갱신 폭을 줄입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum plus per-parameter step sizes; forgiving about the learning rate.</source>
        <translation>Momentum에 매개변수별 갱신 폭을 더한 방법으로, 학습률에 덜 민감합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>std 0.01 (the book)</source>
        <translation>std 0.01 (책)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian weights with std 0.01, as in the book&apos;s TwoLayerNet.</source>
        <translation>책의 TwoLayerNet처럼 std 0.01인 가우스 분포에서 가중치를 뽑습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Std √(2/n) for n inputs: keeps ReLU activations from dying out with depth.</source>
        <translation>입력이 n개일 때 std √(2/n): 층이 깊어져도 ReLU의 활성화 값이 사라지지 않게 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Std √(1/n) for n inputs: suits Sigmoid layers.</source>
        <translation>입력이 n개일 때 std √(1/n): Sigmoid 층에 알맞습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom std</source>
        <translation>std 직접 입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian weights with the std typed in the box at the right.</source>
        <translation>오른쪽 칸에 입력한 std의 가우스 분포에서 가중치를 뽑습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Widths of the hidden layers, separated by commas: &apos;50&apos; is the book&apos;s two-layer net ({4} → 50 → {5}), &apos;100, 100&apos; adds a second hidden layer. {0} to {1} layers of {2} to {3} units, at most {6:,} parameters in all.</source>
        <translation>은닉층의 너비(뉴런 수)를 쉼표로 구분해 입력합니다. &apos;50&apos;은 책의 2층 신경망({4} → 50 → {5})이고, &apos;100, 100&apos;은 은닉층을 하나 더 둡니다. {0}~{1}개 층, 층마다 뉴런 {2}~{3}개, 매개변수는 모두 합해 최대 {6:,}개입니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Training images per mini-batch: each update averages the gradient over this many ({0} to {1}; the book uses 100). A wider network takes fewer at once: at most {2} multiply-adds per mini-batch, so that Stop answers within a second.</source>
        <translation>미니배치 하나의 훈련 이미지 수: 갱신할 때마다 이만큼의 이미지에서 기울기를 평균합니다({0}~{1}, 책은 100). 네트워크가 넓을수록 한 번에 적게 받습니다. 중지가 1초 안에 응답하도록 미니배치 하나의 곱셈-덧셈은 최대 {2}회입니다.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Only shows in a net with weight decay.</source>
        <translation>가중치 감소가 있는 신경망에서만 나타납니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs weight decay: set Weight decay λ above 0 to plant it.</source>
        <translation>가중치 감소가 필요합니다: 심으려면 가중치 감소 λ를 0보다 크게 설정하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a {0} layer: switch Activation to {0} to plant it.</source>
        <translation>{0} 계층이 필요합니다: 심으려면 활성화 함수를 {0}(으)로 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+158"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../gui/common/engine_text.py" line="+166"/>
        <location filename="../../gui/train/controls.py" line="+3"/>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+7"/>
        <source>Initial weights</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../gui/common/engine_text.py" line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+4"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Train for</source>
        <translation>학습 길이</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Evaluate every</source>
        <translation>평가 간격</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+4"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+4"/>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <location filename="../../gui/common/engine_text.py" line="+1"/>
        <location filename="../../gui/train/controls.py" line="+4"/>
        <source>Weight decay λ</source>
        <translation>가중치 감소 λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/train/controls.py" line="+5"/>
        <source>Training images</source>
        <translation>훈련 이미지 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gui/train/controls.py" line="+7"/>
        <source>Planted bug</source>
        <translation>심어 둔 버그</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+12"/>
        <source>e.g. 50 or 100, 100</source>
        <translation>예: 50 또는 100, 100</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="-91"/>
        <source>The activation after each hidden Affine layer: ReLU (the book&apos;s chapter 5 net) or Sigmoid.</source>
        <translation>각 은닉 Affine 층 뒤에 오는 활성화 함수: ReLU(책의 5장 신경망) 또는 Sigmoid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the initial weights are drawn: std 0.01 as in the book, He (suits ReLU), Xavier (suits Sigmoid), or a std of your own.</source>
        <translation>가중치 초깃값을 뽑는 방법: 책과 같은 std 0.01, He(ReLU에 알맞음), Xavier(Sigmoid에 알맞음), 또는 직접 정한 std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The std of the initial weights for &apos;custom std&apos; ({0:g} to {1:g}); the arrows step 0.01, 0.02, 0.05, 0.1 … Try 1 with Sigmoid to watch the units saturate.</source>
        <translation>&apos;std 직접 입력&apos;일 때 쓰는 가중치 초깃값의 std({0:g}~{1:g}). 화살표는 0.01, 0.02, 0.05, 0.1 … 순으로 움직입니다. Sigmoid에서 1로 두면 뉴런이 포화되는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How gradients update the parameters: SGD (the book&apos;s chapter 5), Momentum, AdaGrad or Adam.</source>
        <translation>기울기로 매개변수를 갱신하는 방법: SGD(책의 5장), Momentum, AdaGrad, Adam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The learning rate on a log scale, one tick per power of ten from {0:g} to {1:g}. Far right makes training diverge. A running training takes the new value at once.</source>
        <translation>학습률을 로그 눈금으로 조절합니다. {0:g}부터 {1:g}까지 10배마다 눈금이 하나 있습니다. 오른쪽 끝으로 가면 학습이 발산합니다. 학습 중에도 새 값이 바로 적용됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The learning rate: the size of each update step ({0:g} to {1:g}). Type an exact value and press Enter, or use ↑/↓ to step like the slider. A running training takes the new value at once.</source>
        <translation>학습률: 한 번 갱신할 때의 보폭({0:g}~{1:g}). 정확한 값을 입력하고 Enter를 누르거나, ↑/↓로 슬라이더처럼 움직입니다. 학습 중에도 새 값이 바로 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+11"/>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+8"/>
        <source>Count the training length in steps (mini-batch updates) or in epochs (passes over the training set); switching converts the number.</source>
        <translation>학습 길이를 스텝(미니배치 갱신 횟수) 또는 에폭(훈련 데이터 전체를 도는 횟수)으로 셉니다. 단위를 바꾸면 숫자도 환산됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+2"/>
        <source>each epoch</source>
        <translation>에폭마다</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+3"/>
        <source>How often to measure train and test accuracy, in steps; &apos;each epoch&apos; measures once per pass over the data, as in the book.</source>
        <translation>훈련 정확도와 시험 정확도를 몇 스텝마다 잴지 정합니다. &apos;에폭마다&apos;는 책처럼 데이터를 한 번 돌 때마다 잽니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed for the initial weights and the mini-batch order ({0} to {1}): the same seed repeats a run exactly.</source>
        <translation>가중치 초깃값과 미니배치 순서를 정하는 난수 시드({0}~{1}). 시드가 같으면 학습이 그대로 재현됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 weight decay λ ({0:g} to {1:g}; 0 is off): adds λ/2·ΣW² to the loss, which shrinks the weights and fights overfitting.</source>
        <translation>L2 가중치 감소 λ({0:g}~{1:g}, 0이면 끔): 손실에 λ/2·ΣW²를 더해 가중치를 작게 만들고 오버피팅을 억제합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+1"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+2"/>
        <source>Train on the first N images only (&apos;all&apos; uses all {0}); a few hundred images and a big net show overfitting.</source>
        <translation>앞에서부터 N개의 이미지로만 학습합니다(&apos;전체&apos;는 {0}개 모두). 이미지 수백 개에 큰 신경망이면 오버피팅을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/common/engine_text.py" line="-1"/>
        <location filename="../../gui/train/controls.py" line="+1"/>
        <source>Augment (shifts, rotations, thickness)</source>
        <translation>데이터 확장(이동, 회전, 굵기)</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+2"/>
        <source>Randomly shift, rotate and thicken each training image, so the net learns digits the way people draw them.</source>
        <translation>훈련 이미지마다 무작위로 이동·회전하고 획을 굵게 해서, 사람이 실제로 쓰는 숫자를 배우게 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+2"/>
        <source>Restore defaults</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls_text.py" line="+2"/>
        <source>Reset every control to the book&apos;s chapter 5 run (two-layer ReLU net, SGD, lr 0.1, batch 100, 10000 steps).</source>
        <translation>모든 설정을 책의 5장 학습으로 되돌립니다(2층 ReLU 신경망, SGD, lr 0.1, 배치 100, 10000 스텝).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train on the first N images only (&apos;all&apos; uses the whole training set); a few hundred images and a big net show overfitting.</source>
        <translation>앞에서부터 N개의 이미지로만 학습합니다(&apos;전체&apos;는 훈련 데이터 전부). 이미지 수백 개에 큰 신경망이면 오버피팅을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Plant a classic backprop mistake for the gradient-check lab; &apos;none&apos; keeps every layer correct.</source>
        <translation>기울기 확인 실습을 위해 오차역전파의 대표적인 실수를 심어 둡니다. &apos;없음&apos;이면 모든 층이 올바릅니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planted bug: {0}.
{1}
Corrupts: {2}.</source>
        <translation>심어 둔 버그: {0}.
{1}
틀어지는 매개변수: {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only shows in a net with {0} activation.</source>
        <translation>활성화 함수가 {0}인 신경망에서만 나타납니다.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>How long to train: {0:g} to {1:g} mini-batch updates (steps); the book trains 10000.</source>
        <translation>학습 길이: 미니배치 갱신 {0:g}~{1:g}회(스텝). 책은 10000 스텝 학습합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long to train: {0:g} to {1:g} passes over the training set (epochs); fractions such as 0.5 are fine.</source>
        <translation>학습 길이: 훈련 데이터 전체를 {0:g}~{1:g}번(에폭). 0.5 같은 소수도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/controls.py" line="+184"/>
        <source>Problem: {0}</source>
        <translation>문제: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/train/bug_choice.py" line="+39"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This bug cannot be planted in this net. {0}</source>
        <translation>이 버그는 이 신경망에 심을 수 없습니다. {0}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../gui/one_step/detail.py" line="+63"/>
        <source>What this stage computes, in the book&apos;s notation (· is a matrix product, × is element-wise)</source>
        <translation>이 단계가 계산하는 것(책의 표기법, ·는 행렬 곱, ×는 원소별 곱)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{layer} computes x·W + b for the whole batch at once: one row of out per sample, one column per unit. It keeps x, because backward needs it for dW (§5.6).</source>
        <translation>{layer}는 배치 전체에 대해 x·W + b를 한꺼번에 계산합니다. out의 행 하나가 샘플 하나, 열 하나가 뉴런 하나입니다. 역전파에서 dW를 구할 때 필요하므로 x를 보관합니다(§5.6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ReLU passes positive values through and sets the rest to 0. It remembers where x ≤ 0 (mask) for backward: here {k} of {n} values (§5.5.1).</source>
        <translation>ReLU는 양수는 그대로 통과시키고 나머지는 0으로 만듭니다. 역전파를 위해 x ≤ 0인 곳(mask)을 기억합니다. 여기서는 {n}개 중 {k}개입니다(§5.5.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sigmoid squashes every value into (0, 1). It keeps its output out: its derivative out × (1 − out) needs nothing else (§5.5.2).</source>
        <translation>Sigmoid는 모든 값을 (0, 1) 사이로 눌러 담습니다. 출력 out을 보관합니다. 미분 out × (1 − out)에는 그 밖의 것이 필요 없기 때문입니다(§5.5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Softmax turns the scores x into probabilities y (each row sums to 1); the loss L is the mean over the batch of −log y at the true label t. Here L = {loss} (§5.6.3).</source>
        <translation>Softmax는 점수 x를 확률 y로 바꿉니다(각 행의 합은 1). 손실 L은 정답 레이블 t에서의 −log y를 배치에 걸쳐 평균한 것입니다. 여기서는 L = {loss}입니다(§5.6.3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{layer} sends dout·Wᵀ down as dx and keeps its own gradients: dW = xᵀ·dout, with the x it kept in forward, and db = dout summed over the batch. dW has the shape of W, db that of b.</source>
        <translation>{layer}는 dout·Wᵀ를 dx로 아래층에 보내고 자기 기울기를 보관합니다. dW = xᵀ·dout(순전파 때 보관한 x 사용), db = 배치에 걸친 dout의 합. dW는 W와, db는 b와 형상이 같습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ReLU lets the gradient through only where its input was positive in forward; where mask is True (x ≤ 0), dx is 0. Here {k} of {n} entries are blocked.</source>
        <translation>ReLU는 순전파 때 입력이 양수였던 곳으로만 기울기를 통과시킵니다. mask가 True인 곳(x ≤ 0)에서는 dx가 0입니다. 여기서는 {n}개 중 {k}개가 막힙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dx = dout × out × (1 − out): the sigmoid needs only its forward output. That factor is at most 0.25, so the gradient shrinks on its way down (§5.5.2).</source>
        <translation>dx = dout × out × (1 − out): 시그모이드 함수는 순전파의 출력만 있으면 됩니다. 이 인수는 최대 0.25이므로 기울기는 아래로 내려갈수록 작아집니다(§5.5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward starts at the end with dout = 1 (∂L/∂L). Softmax and cross-entropy together give a clean gradient, (y − t) / N: how far each probability is from the truth, averaged over the batch (§5.6.3).</source>
        <translation>역전파는 끝에서 dout = 1(∂L/∂L)로 시작합니다. Softmax와 교차 엔트로피를 함께 쓰면 (y − t) / N이라는 깔끔한 기울기가 나옵니다. 각 확률이 정답에서 얼마나 떨어져 있는지를 배치에 걸쳐 평균한 것입니다(§5.6.3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book computes dx here too, but nothing below {layer} uses it: the lab&apos;s training skips it. It is shown for completeness.</source>
        <translation>책에서는 여기서도 dx를 계산하지만 {layer} 아래에서 쓰는 곳이 없어서, 이 앱의 학습은 이 계산을 건너뜁니다. 빠짐없이 보이려고 표시합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With weight decay λ = {lam}, the optimizer gets grads[&apos;{W}&apos;] = dW + λW.</source>
        <translation>가중치 감소 λ = {lam}이면 옵티마이저는 grads[&apos;{W}&apos;] = dW + λW를 받습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planted bug “{bug}”: this backward is deliberately wrong in this network; the formula above is the correct one.</source>
        <translation>심어 둔 버그 “{bug}”: 이 신경망에서는 이 역전파를 일부러 틀리게 했습니다. 위의 식이 올바른 식입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every gradient is known now. An optimizer such as SGD would use them (W ← W − lr · dW); this view only looks: the network is not changed.</source>
        <translation>이제 모든 기울기를 알았습니다. SGD 같은 옵티마이저가 이 기울기를 씁니다(W ← W − lr · dW). 이 화면은 보기만 할 뿐 신경망을 바꾸지 않습니다.</translation>
    </message>
</context>
<context>
    <name>DiagramStrip</name>
    <message>
        <location filename="../../gui/one_step/diagram.py" line="+37"/>
        <source>The network as a chain of layers. Forward arrows (above) carry x to the loss L;
red arrows (below) carry the gradients back. The filled box is the current stage.</source>
        <translation>신경망을 층의 사슬로 그린 것입니다. 위쪽 순전파 화살표는 x를 손실 L까지 나르고,
아래쪽 빨간 화살표는 기울기를 거꾸로 나릅니다. 색칠된 상자가 현재 단계입니다.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>{array}, not used</source>
        <translation>{array}, 쓰이지 않음</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <location filename="../../gui/draw/tab.py" line="+175"/>
        <source>Which network is reading the drawing</source>
        <translation>그림을 읽고 있는 신경망</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen width for the next stroke, in pixels of the {0} × {0} canvas</source>
        <translation>다음 획의 펜 굵기({0} × {0} 캔버스의 픽셀 단위)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pen</source>
        <translation>펜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to size</source>
        <translation>크기에 맞춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a small digit with a thinner pen, in proportion to its size,
so it does not become a blob when it is enlarged to 20 × 20 pixels
as MNIST digits were. The width used now is shown beside the slider.</source>
        <translation>작게 그린 숫자는 크기에 비례해 더 가는 펜으로 그립니다.
MNIST 숫자처럼 20 × 20 픽셀로 확대될 때 뭉개지지 않게 하기 위해서입니다.
지금 쓰이는 굵기는 슬라이더 옆에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pen width as set → the width used now for this drawing&apos;s size</source>
        <translation>설정한 펜 굵기 → 이 그림의 크기에 맞춰 지금 쓰이는 굵기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>마지막 획을 취소합니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase the drawing (C or Delete)</source>
        <translation>그림을 모두 지웁니다 (C 또는 Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a test image</source>
        <translation>시험 이미지 불러오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a random test image on the canvas, with its true label</source>
        <translation>시험 이미지 하나를 무작위로 캔버스에 올리고 정답 레이블을 보여 줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a misclassified one</source>
        <translation>틀린 이미지 불러오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a random test image that the network predicting now gets wrong on the canvas</source>
        <translation>지금 예측하는 신경망이 틀리는 시험 이미지 하나를 무작위로 캔버스에 올립니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The true label of the test image on the canvas</source>
        <translation>캔버스에 있는 시험 이미지의 정답 레이블</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>(It misreads the original {0} × {0} image, not this copy: the canvas prepares it again.)</source>
        <translation>(신경망이 틀리는 것은 원래의 {0} × {0} 이미지이지 이 사본이 아닙니다. 캔버스가 이미지를 다시 전처리하기 때문입니다.)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>No network yet</source>
        <translation>아직 신경망이 없습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>The data set is still loading.</source>
        <translation>데이터셋을 불러오는 중입니다.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Draw a digit</source>
        <translation>숫자를 그려 보십시오</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw something</source>
        <translation>무언가를 그려 보십시오</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This network gets all {0:,} test images right: none misclassified to show.</source>
        <translation>이 신경망은 시험 이미지 {0:,}개를 모두 맞혀서 보여 줄 오답이 없습니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Test image #{0:,}: true label {1}</source>
        <translation>시험 이미지 #{0:,}: 정답 {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}. The network is right.</source>
        <translation>{0}. 신경망이 맞혔습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. The network says {1}: wrong.</source>
        <translation>{0}. 신경망의 답은 {1}: 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../gui/draw/canvas.py" line="+138"/>
        <source>Draw a digit here with the mouse, a pen or a finger.
Ctrl+Z undoes the last stroke; C or Delete clears.</source>
        <translation>마우스, 펜, 손가락으로 여기에 숫자를 그립니다.
Ctrl+Z는 마지막 획을 취소하고, C나 Delete는 모두 지웁니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing canvas</source>
        <translation>그림판</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 그려 보십시오</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../../gui/common/engine_text.py" line="-121"/>
        <source>ReLU backward ignores its mask</source>
        <translation>ReLU 역전파가 mask를 무시함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU passes the gradient only where its input was positive. Without the mask, gradient flows through units that were switched off, so every parameter below the ReLU gets a wrong gradient.</source>
        <translation>ReLU는 입력이 양수였던 곳으로만 기울기를 흘려보냅니다. mask가 없으면 꺼져 있던 뉴런으로도 기울기가 흘러서, ReLU 아래의 모든 매개변수가 틀린 기울기를 받습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ReLU backward applies its mask inverted</source>
        <translation>ReLU 역전파가 마스크를 거꾸로 적용함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mask marks the inputs that were 0 or less. Multiplying dout by the mask instead of by its opposite lets the gradient through exactly the units that were switched off, and blocks the others.</source>
        <translation>마스크는 입력이 0 이하였던 곳을 표시합니다. dout에 마스크의 반대 대신 마스크 자체를 곱하면 꺼져 있던 유닛으로만 기울기가 흐르고 나머지는 막힙니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sigmoid backward uses x instead of y</source>
        <translation>Sigmoid 역전파가 y 대신 x를 씀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sigmoid&apos;s derivative is y(1 - y), written with its output y. Using the input x looks almost the same on paper and is wrong everywhere below the layer.</source>
        <translation>시그모이드 함수의 미분은 출력 y로 쓴 y(1 - y)입니다. 입력 x를 쓰면 종이 위에서는 거의 같아 보이지만, 이 층 아래에서는 모든 곳이 틀립니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sigmoid backward forgets to multiply by dout</source>
        <translation>Sigmoid 역전파가 dout을 곱하는 것을 잊음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain rule multiplies the local derivative y(1 - y) by the gradient arriving from above, dout. Returning y(1 - y) alone forgets everything above the layer.</source>
        <translation>연쇄 법칙은 국소 미분 y(1 - y)에 위에서 흘러온 기울기 dout을 곱합니다. y(1 - y)만 반환하면 계층 위의 모든 것을 잊게 됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sigmoid&apos;s derivative written as y instead of y(1 - y)</source>
        <translation>Sigmoid의 미분을 y(1 - y) 대신 y로 씀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sigmoid&apos;s derivative is y(1 - y). Writing just y keeps the right sign and shape but the wrong size, so every parameter below the layer gets a wrong gradient.</source>
        <translation>시그모이드의 미분은 y(1 - y)입니다. y만 쓰면 부호와 형상은 맞지만 크기가 틀려서 계층 아래의 모든 매개변수가 틀린 기울기를 받습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Affine counts db twice</source>
        <translation>Affine이 db를 두 번 셈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db is the sum of dout over the batch. Doubling it corrupts every bias and nothing else: dx and dW do not depend on db.</source>
        <translation>db는 배치에 걸친 dout의 합입니다. 이를 두 배로 하면 모든 편향이 틀리고 다른 것은 그대로입니다. dx와 dW는 db에 의존하지 않기 때문입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Affine takes db from the first sample only</source>
        <translation>Affine이 db를 첫 번째 샘플에서만 구함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sample in the batch adds to the bias gradient, so db is dout summed over the batch. Taking dout[0] keeps one sample&apos;s share and drops the rest: every bias is wrong, nothing else.</source>
        <translation>배치의 모든 샘플이 편향의 기울기에 기여하므로 db는 dout을 배치 전체에 걸쳐 더한 값입니다. dout[0]만 쓰면 한 샘플의 몫만 남고 나머지는 버려집니다: 모든 편향이 틀리고 그 밖에는 틀리지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Affine averages db over the batch</source>
        <translation>Affine이 db를 배치에 대해 평균냄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 1/N of the mean loss is already in dout (SoftmaxWithLoss divides by the batch size). Averaging db divides by N a second time: every bias gradient is N times too small.</source>
        <translation>평균 손실의 1/N은 이미 dout에 들어 있습니다(SoftmaxWithLoss가 배치 크기로 나눕니다). db를 평균내면 N으로 한 번 더 나누게 되어 모든 편향의 기울기가 N배 작아집니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SoftmaxWithLoss forgets to divide by the batch size</source>
        <translation>SoftmaxWithLoss가 배치 크기로 나누지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss is a mean over the batch, so its gradient is (y - t) / N. Forgetting / N scales every gradient by N: all parameters fail, and a check with a single sample would not notice.</source>
        <translation>손실은 배치 평균이므로 기울기는 (y - t) / N입니다. / N을 빠뜨리면 모든 기울기가 N배가 되어 모든 매개변수가 실패하며, 샘플 하나로 확인하면 알아차리지 못합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SoftmaxWithLoss backward has the sign flipped (t - y)</source>
        <translation>SoftmaxWithLoss 역전파의 부호가 뒤집힘 (t - y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient of the loss with respect to the scores is (y - t) / N. Writing (t - y) points every gradient uphill: all parameters fail, and training makes the loss grow.</source>
        <translation>점수에 대한 손실의 기울기는 (y - t) / N입니다. (t - y)로 쓰면 모든 기울기가 오르막을 가리킵니다: 모든 매개변수가 실패하고, 학습하면 손실이 커집니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight decay&apos;s gradient is left out</source>
        <translation>가중치 감소의 기울기가 빠짐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay adds 0.5 * lambda * W**2 to the loss, so each weight&apos;s gradient needs + lambda * W. Leaving it out breaks every weight (the biases carry no weight decay). Only in nets with weight decay.</source>
        <translation>가중치 감소는 손실에 0.5 * λ * W**2를 더하므로 각 가중치의 기울기에는 + λ * W가 필요합니다. 이를 빠뜨리면 모든 가중치가 틀립니다(편향에는 가중치 감소가 없습니다). 가중치 감소가 있는 신경망에서만 나타납니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weight decay&apos;s gradient is added twice</source>
        <translation>가중치 감소의 기울기가 두 번 더해짐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient of 0.5 * lambda * W**2 is lambda * W, once. Adding it twice breaks every weight and no bias. Only in nets with weight decay.</source>
        <translation>0.5 * λ * W**2의 기울기는 λ * W이며 한 번만 더합니다. 두 번 더하면 모든 가중치가 틀리고 편향은 틀리지 않습니다. 가중치 감소가 있는 신경망에서만 나타납니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dx = dout where x &gt; 0, else 0</source>
        <translation>x &gt; 0이면 dx = dout, 아니면 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T-shirt/top</source>
        <translation>티셔츠/탑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trouser</source>
        <translation>바지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pullover</source>
        <translation>풀오버</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dress</source>
        <translation>드레스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coat</source>
        <translation>코트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sandal</source>
        <translation>샌들</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shirt</source>
        <translation>셔츠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sneaker</source>
        <translation>스니커즈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bag</source>
        <translation>가방</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ankle boot</source>
        <translation>앵클부츠</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new weights</source>
        <translation>새 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new weights: the last run diverged</source>
        <translation>새 가중치: 지난 학습이 발산함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new weights for the new architecture</source>
        <translation>새 구조에 맞춘 새 가중치</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opened a session</source>
        <translation>세션에서 불러옴</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Number type (dtype)</source>
        <translation>수의 형식(dtype)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” must be a number from {1} to {2}, not {3}.</source>
        <translation>“{0}”에는 {1}부터 {2}까지의 수를 넣어야 합니다. 입력값: {3}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” must be a whole number from {1} to {2}, not {3}.</source>
        <translation>“{0}”에는 {1}부터 {2}까지의 정수를 넣어야 합니다. 입력값: {3}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each width in “{0}” must be a whole number from {1} to {2}, not {3}.</source>
        <translation>“{0}”의 각 너비에는 {1}부터 {2}까지의 정수를 넣어야 합니다. 입력값: {3}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The std in “{0}” must be a number from {1} to {2}, not {3}.</source>
        <translation>“{0}”의 std에는 {1}부터 {2}까지의 수를 넣어야 합니다. 입력값: {3}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” must have {1} to {2} layers, not {3}.</source>
        <translation>“{0}”은(는) {1}~{2}개여야 합니다. 지금은 {3}개입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” must be layer widths separated by commas (such as 100, 100), not {1}.</source>
        <translation>“{0}”에는 쉼표로 구분한 층의 너비(예: 100, 100)를 넣어야 합니다. 입력값: {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” must be He, Xavier or a std from {1} to {2}, not {3}.</source>
        <translation>“{0}”은(는) He, Xavier 또는 {1}~{2}의 std여야 합니다. 입력값: {3}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” must be one of {1}, not {2}.</source>
        <translation>“{0}”은(는) {1} 중 하나여야 합니다. 입력값: {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” needs a number of steps or epochs.</source>
        <translation>“{0}”에 스텝 수나 에폭 수를 넣으십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” must be on or off, not {1}.</source>
        <translation>“{0}”은(는) 켜거나 꺼야 합니다. 입력값: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings must be named values, not a {0}.</source>
        <translation>설정은 이름이 붙은 값들이어야 합니다. 지금은 {0}입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”: a {1} network has {2} parameters (weights and biases); at most {3} are allowed, so that Stop and Reset answer within a second. Use fewer or narrower hidden layers.</source>
        <translation>“{0}”: {1} 네트워크의 매개변수(가중치와 편향)는 {2}개입니다. 중지와 초기화가 1초 안에 응답하도록 최대 {3}개까지 허용합니다. 은닉층의 수를 줄이거나 폭을 좁히십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{0}”: a mini-batch of {1} through {2} is {3} multiply-adds; at most {4} are allowed, so that Stop answers within a second. Use a batch of at most {5}.</source>
        <translation>“{0}”: {2}에 미니배치 {1}개를 통과시키면 곱셈-덧셈이 {3}회입니다. 중지가 1초 안에 응답하도록 최대 {4}회까지 허용합니다. 배치 크기를 {5} 이하로 하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number of more than {0} digits</source>
        <translation>{0}자리가 넘는 수</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>loaded from {0}</source>
        <translation>{0}에서 불러옴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session {0}</source>
        <translation>세션 {0}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the loss became {0}</source>
        <translation>손실이 {0}이(가) 됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the loss climbed to {0} (smoothed), more than {1} times its starting value {2}</source>
        <translation>손실(평활값)이 {0}까지 올라 처음 값 {2}의 {1}배를 넘음</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The run diverged at step {0}: {1}. Try a smaller learning rate (now {2}).</source>
        <translation>스텝 {0}에서 학습이 발산했습니다: {1}. 더 작은 학습률을 써 보십시오(지금 {2}).</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../gui/exercises/catalogue.py" line="+167"/>
        <source>MulLayer and AddLayer (5.4)</source>
        <translation>MulLayer와 AddLayer (5.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write backward for the multiply and the add node of the apple example. Each returns the pair (dx, dy).</source>
        <translation>사과 예제의 곱셈 노드와 덧셈 노드의 backward를 작성하십시오. 각각 (dx, dy) 쌍을 반환합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A multiply node sends back the upstream gradient times the *other* input: that is why forward keeps x and y.</source>
        <translation>곱셈 노드는 상류 기울기에 *다른 쪽* 입력을 곱해 되돌려 보냅니다. 그래서 forward가 x와 y를 저장합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An add node passes the upstream gradient on unchanged to both inputs.</source>
        <translation>덧셈 노드는 상류 기울기를 그대로 두 입력에 전달합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the apples: dout = 1 at the price, so d(apple) = 1.1 × 2 = 2.2.</source>
        <translation>사과의 경우: 가격에서 dout = 1이므로 d(apple) = 1.1 × 2 = 2.2입니다.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Relu backward (5.5.1)</source>
        <translation>Relu backward (5.5.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Relu&apos;s backward. forward keeps a mask that is True where the input was 0 or less.</source>
        <translation>Relu의 backward를 작성하십시오. forward는 입력이 0 이하인 곳이 True인 mask를 저장합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the input was positive, the gradient passes unchanged; elsewhere it is 0.</source>
        <translation>입력이 양수였던 곳에서는 기울기가 그대로 흐르고, 나머지에서는 0입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self.mask is True exactly where the gradient must be 0.</source>
        <translation>self.mask는 기울기가 0이어야 하는 바로 그곳에서 True입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy dout, then set the masked entries to 0: dx[self.mask] = 0.</source>
        <translation>dout을 복사한 다음 mask된 원소를 0으로 하십시오: dx[self.mask] = 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sigmoid backward (5.5.2)</source>
        <translation>Sigmoid backward (5.5.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Sigmoid&apos;s backward. forward keeps its output y in self.out.</source>
        <translation>Sigmoid의 backward를 작성하십시오. forward는 출력 y를 self.out에 저장합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The derivative of the sigmoid can be written with its output alone.</source>
        <translation>시그모이드의 미분은 출력만으로 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is y (1 − y), where y is the output, not the input x.</source>
        <translation>y (1 − y)이며, 여기서 y는 입력 x가 아니라 출력입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not forget to multiply by dout: backward passes the upstream gradient on.</source>
        <translation>dout을 곱하는 것을 잊지 마십시오. backward는 상류 기울기를 전달합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Affine backward (5.6.2)</source>
        <translation>Affine backward (5.6.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Affine&apos;s backward: return dx, and keep dW and db in self.dW and self.db. x is a batch of shape (N, D).</source>
        <translation>Affine의 backward를 작성하십시오. dx를 반환하고 dW와 db는 self.dW와 self.db에 저장합니다. x는 형상이 (N, D)인 배치입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the shapes: dx has x&apos;s shape (N, D), dW has W&apos;s (D, H), db has b&apos;s (H,).</source>
        <translation>형상을 확인하십시오: dx는 x의 형상 (N, D), dW는 W의 형상 (D, H), db는 b의 형상 (H,)입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bias was added to every row of the batch, so its gradient is the sum of dout over the rows (axis=0).</source>
        <translation>편향은 배치의 모든 행에 더해졌으므로 그 기울기는 행에 걸친 dout의 합(axis=0)입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>np.dot(dout, self.W.T) for dx; np.dot(self.x.T, dout) for dW.</source>
        <translation>dx는 np.dot(dout, self.W.T), dW는 np.dot(self.x.T, dout)입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SoftmaxWithLoss backward (5.6.3)</source>
        <translation>SoftmaxWithLoss backward (5.6.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write SoftmaxWithLoss&apos;s backward for one-hot targets t. The loss is the mean over the batch.</source>
        <translation>원-핫 정답 t에 대한 SoftmaxWithLoss의 backward를 작성하십시오. 손실은 배치에 대한 평균입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The beauty of the pair: the gradient of the loss with respect to the scores is simply y − t.</source>
        <translation>이 조합의 아름다움: 점수에 대한 손실의 기울기는 단순히 y − t입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss is a mean over the N samples of the batch: divide by N.</source>
        <translation>손실은 배치의 N개 표본에 대한 평균이므로 N으로 나누십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch_size = self.t.shape[0]; dx = (self.y - self.t) / batch_size.</source>
        <translation>batch_size = self.t.shape[0]; dx = (self.y - self.t) / batch_size.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SoftmaxWithLoss, forward and backward (5.6.3)</source>
        <translation>SoftmaxWithLoss, forward와 backward (5.6.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write both passes of SoftmaxWithLoss: forward keeps y and t and returns the mean cross-entropy loss; backward returns its gradient.</source>
        <translation>SoftmaxWithLoss의 두 전파를 모두 작성하십시오. forward는 y와 t를 저장하고 평균 교차 엔트로피 손실을 반환하며, backward는 그 기울기를 반환합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward: self.y = softmax(x), then the loss with cross_entropy_error.</source>
        <translation>forward: self.y = softmax(x), 그다음 cross_entropy_error로 손실을 구합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward needs the y and t that forward kept.</source>
        <translation>backward에는 forward가 저장한 y와 t가 필요합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient is (y − t) / N, N being the batch size.</source>
        <translation>기울기는 (y − t) / N이며, N은 배치 크기입니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TwoLayerNet&apos;s gradient (5.7.2)</source>
        <translation>TwoLayerNet의 gradient (5.7.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write TwoLayerNet.gradient: a forward pass, then the backward pass from the loss down through the layers in reverse order. Return the gradients W1, b1, W2, b2 that the Affine layers keep. The book&apos;s layers are provided; a class your file defines takes their place.</source>
        <translation>TwoLayerNet.gradient를 작성합니다. 먼저 순전파를 하고, 손실에서 시작해 계층을 역순으로 거슬러 역전파합니다. Affine 계층이 보관한 기울기 W1, b1, W2, b2를 반환합니다. 책의 계층은 제공되며, 파일에서 직접 정의한 클래스가 있으면 그것이 대신 쓰입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backward needs what forward kept: call self.loss(x, t) first.</source>
        <translation>역전파에는 순전파가 보관한 값이 필요합니다. 먼저 self.loss(x, t)를 호출합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient starts at the loss: dout = self.lastLayer.backward(1).</source>
        <translation>기울기는 손실에서 시작합니다: dout = self.lastLayer.backward(1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers = list(self.layers.values()); layers.reverse(); then dout = layer.backward(dout) for each.</source>
        <translation>layers = list(self.layers.values()); layers.reverse(); 그리고 각 계층마다 dout = layer.backward(dout).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grads[&apos;W1&apos;] = self.layers[&apos;Affine1&apos;].dW, grads[&apos;b1&apos;] = self.layers[&apos;Affine1&apos;].db, and the same for Affine2.</source>
        <translation>grads[&apos;W1&apos;] = self.layers[&apos;Affine1&apos;].dW, grads[&apos;b1&apos;] = self.layers[&apos;Affine1&apos;].db, Affine2도 마찬가지입니다.</translation>
    </message>
</context>
<context>
    <name>ExercisesTab</name>
    <message>
        <location filename="../../gui/exercises/tab.py" line="+155"/>
        <source>Bug hunt: a mystery bug</source>
        <translation>버그 찾기: 수수께끼 버그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exercises, in the book&apos;s order. ✓ marks the ones you solved.</source>
        <translation>책의 순서대로 된 연습 문제입니다. ✓는 푼 문제를 표시합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your code (Python, the book&apos;s interface). It is saved when you check.</source>
        <translation>여러분의 코드(Python, 책의 인터페이스)입니다. 확인할 때 저장됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade your code (Ctrl+Enter): it runs in a separate process, stopped after {0:g} s.</source>
        <translation>코드를 채점합니다(Ctrl+Enter). 별도의 프로세스에서 실행되며 {0:g}초 후에 멈춥니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running check.</source>
        <translation>진행 중인 확인을 멈춥니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hint</source>
        <translation>다음 힌트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more hint.</source>
        <translation>힌트를 하나 더 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Show the book&apos;s solution</source>
        <translation>책의 풀이 보기</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+62"/>
        <source>Reset to the starting file</source>
        <translation>처음 파일로 되돌리기</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Replace your code with the starting file (asks first).</source>
        <translation>코드를 처음 파일로 바꿉니다(먼저 묻습니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the check found, step by step.</source>
        <translation>확인 결과를 단계별로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Replace your code with the book&apos;s solution? Your code is kept in the editor&apos;s undo history (Ctrl+Z).</source>
        <translation>코드를 책의 풀이로 바꿀까요? 여러분의 코드는 편집기의 실행 취소 기록(Ctrl+Z)에 남습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace your code with the starting file? Your code is kept in the editor&apos;s undo history (Ctrl+Z).</source>
        <translation>코드를 처음 파일로 바꿀까요? 여러분의 코드는 편집기의 실행 취소 기록(Ctrl+Z)에 남습니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The check could not run: {0}</source>
        <translation>확인을 실행할 수 없었습니다: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Put the book&apos;s code in the editor.</source>
        <translation>책의 코드를 편집기에 넣습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocks after {0} more checks: try first!</source>
        <translation>확인을 {0}번 더 하면 열립니다. 먼저 도전해 보십시오!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking… (a separate process; stopped after {0:g} s)</source>
        <translation>확인 중… (별도의 프로세스, {0:g}초 후 멈춤)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries: {0}</source>
        <translation>시도: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must define: {0}</source>
        <translation>파일에 다음이 정의되어야 합니다: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed.</source>
        <translation>통과했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet: see what the check found.</source>
        <translation>아직입니다. 확인 결과를 보십시오.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gui/export.py" line="+76"/>
        <source>Cannot export a plot as &apos;{0}&apos;: use .png (image) or .svg (vector graphics).</source>
        <translation>그래프를 &apos;{0}&apos; 형식으로 내보낼 수 없습니다. .png(이미지)나 .svg(벡터 그래픽)를 쓰십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plot has no size yet; show it before exporting it.</source>
        <translation>그래프에 아직 크기가 없습니다. 화면에 표시한 뒤 내보내십시오.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write the image {0}</source>
        <translation>이미지 {0}을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The curves have mismatched lengths.</source>
        <translation>곡선들의 길이가 맞지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps of the curves must increase.</source>
        <translation>곡선의 스텝은 증가해야 합니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no network to save yet.</source>
        <translation>아직 저장할 신경망이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training before saving the session.</source>
        <translation>세션을 저장하기 전에 학습을 멈추십시오.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stop training before opening a session.</source>
        <translation>세션을 열기 전에 학습을 멈추십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session&apos;s network expects {0} inputs and {1} classes; the data set has {2} and {3}.</source>
        <translation>이 세션의 신경망은 입력 {0}개, 클래스 {1}개를 기대하지만 데이터셋은 {2}개, {3}개입니다.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a folder of MNIST-format files</source>
        <translation>MNIST 형식 파일이 있는 폴더 선택</translation>
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
        <translation>분류기에는 &apos;해당 없음&apos;이라는 답이 없습니다. 무엇을 그리든 클래스 하나를 고릅니다.
경고는 신경망이 보는 입력 그대로의 그림을 (신경망이 아니라) 훈련 이미지와 비교합니다.
실제 숫자의 99%보다 가까운 훈련 이미지가 하나도 없을 때,
또는 어떤 훈련 이미지보다도 잉크가 많을 때 표시됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It must answer one of the {0} digits, even for a drawing that is no digit.</source>
        <translation>숫자가 아닌 그림이라도 {0}개의 숫자 중 하나로 답해야 합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It must answer one of the {0} classes, whatever is drawn.</source>
        <translation>무엇을 그리든 {0}개의 클래스 중 하나로 답해야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ More ink than any image it was trained on, but it must answer one of the {0}: this guess means little.</source>
        <translation>⚠ 학습한 어떤 이미지보다도 잉크가 많지만, {0}개 중 하나로 답해야 합니다. 이 추측에는 큰 의미가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ This looks unlike the digits it was trained on, but it must answer one of the {0}: this guess means little.</source>
        <translation>⚠ 학습한 숫자와 닮지 않았지만, {0}개 중 하나로 답해야 합니다. 이 추측에는 큰 의미가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ This looks unlike the images it was trained on, but it must answer one of the {0} classes: this guess means little.</source>
        <translation>⚠ 학습한 이미지와 닮지 않았지만, {0}개의 클래스 중 하나로 답해야 합니다. 이 추측에는 큰 의미가 없습니다.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/file_actions.py" line="+124"/>
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the network&apos;s weights to a .npz file</source>
        <translation>신경망의 가중치를 .npz 파일로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load model…</source>
        <translation>모델 불러오기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load a network from a .npz model file</source>
        <translation>.npz 모델 파일에서 신경망을 불러옵니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export loss plot…</source>
        <translation>손실 그래프 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the loss plot as a PNG image (1600 px wide) or an SVG drawing</source>
        <translation>손실 그래프를 PNG 이미지(가로 1600 px)나 SVG 도면으로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export accuracy plot…</source>
        <translation>정확도 그래프 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the accuracy plot as a PNG image (1600 px wide) or an SVG drawing</source>
        <translation>정확도 그래프를 PNG 이미지(가로 1600 px)나 SVG 도면으로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light background for exported plots</source>
        <translation>내보낸 그래프는 밝은 배경으로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the dark theme, export plots black on white, for slides and print</source>
        <translation>어두운 테마에서도 그래프를 흰 바탕에 검은 글씨로 내보냅니다(슬라이드와 인쇄용).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export curves as CSV…</source>
        <translation>곡선을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current run&apos;s losses and accuracies as a CSV table</source>
        <translation>현재 학습의 손실과 정확도를 CSV 표로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save session…</source>
        <translation>세션 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the network, its settings and its curves, to reopen them exactly</source>
        <translation>신경망, 설정, 곡선을 저장해 그대로 다시 열 수 있게 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session…</source>
        <translation>세션 열기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a saved session: network, settings, curves and data set</source>
        <translation>저장한 세션(신경망, 설정, 곡선, 데이터셋)을 다시 엽니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder…</source>
        <translation>데이터 폴더 열기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on another folder of MNIST-format IDX files</source>
        <translation>MNIST 형식 IDX 파일이 있는 다른 폴더로 학습합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST (bundled)</source>
        <translation>MNIST(내장)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train on the bundled MNIST digits</source>
        <translation>내장된 MNIST 숫자로 학습합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train on Fashion-MNIST</source>
        <translation>Fashion-MNIST로 학습합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fashion-MNIST: install the Debian package dataset-fashion-mnist to use it</source>
        <translation>Fashion-MNIST: 쓰려면 Debian 패키지 dataset-fashion-mnist를 설치하십시오</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not save the model</source>
        <translation>모델을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the model to {0}</source>
        <translation>모델을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}

Nothing was written there; your network and its curves are still in the window, as they were.</source>
        <translation>{0}

그곳에는 아무것도 쓰지 않았습니다. 신경망과 곡선은 그대로 창에 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+122"/>
        <source>Training is running</source>
        <translation>학습 중입니다</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Stop training before loading a model.</source>
        <translation>모델을 불러오기 전에 학습을 멈추십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Could not load the model</source>
        <translation>모델을 불러올 수 없습니다</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{0}

The current model is unchanged.</source>
        <translation>{0}

현재 모델은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: this model expects {1} inputs and {2} classes; the data set has {3} and {4}.

The current model is unchanged.</source>
        <translation>{0}: 이 모델은 입력 {1}개, 클래스 {2}개를 기대하지만 데이터셋은 {3}개, {4}개입니다.

현재 모델은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loaded {0}: it had no training settings, so its architecture {1} was read from its weights and the other settings are the defaults.</source>
        <translation>{0}을(를) 불러왔습니다. 학습 설정이 없어서 구조 {1}은(는) 가중치에서 읽었고, 나머지 설정은 기본값입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded {0}: its training settings did not match its weights ({2}), so its architecture {1} was read from its weights.</source>
        <translation>{0}을(를) 불러왔습니다. 학습 설정이 가중치와 맞지 않아({2}) 구조 {1}은(는) 가중치에서 읽었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded {0}: its batch size was more than this network can take in one mini-batch, so it is now {1:,}.</source>
        <translation>{0}을(를) 불러왔습니다. 배치 크기가 이 네트워크가 미니배치 하나로 처리할 수 있는 크기보다 커서 {1:,}(으)로 바꾸었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded {0}</source>
        <translation>{0}을(를) 불러왔습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Its batch size was more than this network can take in one mini-batch, so it is now {0:,}.</source>
        <translation>배치 크기가 이 네트워크가 미니배치 하나로 처리할 수 있는 크기보다 커서 {0:,}(으)로 바꾸었습니다.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model files (*.npz)</source>
        <translation>모델 파일 (*.npz)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load model</source>
        <translation>모델 불러오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model files (*.npz);;All files (*)</source>
        <translation>모델 파일 (*.npz);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 도면 (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export the plot</source>
        <translation>그래프를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Export curves</source>
        <translation>곡선 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export the curves</source>
        <translation>곡선을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the session</source>
        <translation>세션을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the session to {0}</source>
        <translation>세션을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop training before opening a session.</source>
        <translation>세션을 열기 전에 학습을 멈추십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+14"/>
        <source>Could not open the session</source>
        <translation>세션을 열 수 없습니다</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{0}

The current session is unchanged.</source>
        <translation>{0}

현재 세션은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: its data set ({1}) was in {2}, which is not there any more.</source>
        <translation>{0}: 이 세션의 데이터셋({1})은 {2}에 있었지만 지금은 없습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opened {0}: {1:,} steps on {2}</source>
        <translation>{0}을(를) 열었습니다: {2}에서 {1:,} 스텝</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its training settings did not match its weights ({0}), so its architecture {1} was read from its weights.</source>
        <translation>학습 설정이 가중치와 맞지 않아({0}) 구조 {1}은(는) 가중치에서 읽었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session files (*.npz)</source>
        <translation>세션 파일 (*.npz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session files (*.npz);;All files (*)</source>
        <translation>세션 파일 (*.npz);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a folder of MNIST-format files</source>
        <translation>MNIST 형식 파일이 있는 폴더를 선택합니다</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../gui/help.py" line="+84"/>
        <source>the loss after every mini-batch and the accuracy at each evaluation, with earlier runs as faint ghosts.</source>
        <translation>미니배치마다의 손실과 평가할 때마다의 정확도를 보여 줍니다. 이전 실행은 흐린 곡선으로 남습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compares backprop&apos;s gradients with numerical ones, parameter by parameter (section 5.7.3).</source>
        <translation>오차역전파의 기울기를 수치 미분과 매개변수별로 비교합니다(5.7.3절).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw a digit with the mouse and watch the network&apos;s answer.</source>
        <translation>마우스로 숫자를 그리고 신경망의 답을 확인합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the trained network learned: first-layer weights, the confusion matrix, its mistakes.</source>
        <translation>학습된 신경망이 배운 것을 보여 줍니다. 첫 번째 층의 가중치, 혼동 행렬, 틀린 예를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the book&apos;s computational graphs (the apple shopping of chapter 5): forward values and backward gradients on every arrow.</source>
        <translation>책의 계산 그래프(5장의 사과 쇼핑 예)를 보여 줍니다. 모든 화살표에 순전파 값과 역전파 기울기가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one mini-batch traced through forward and backward propagation, array by array.</source>
        <translation>미니배치 하나를 순전파와 역전파를 따라 배열 하나하나 추적합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready-made comparisons (learning rates, activations, initial weights) that set up the runs for you.</source>
        <translation>미리 준비된 비교 실습(학습률, 활성화 함수, 초기 가중치)으로 실행을 대신 설정합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every finished run side by side: settings, loss, accuracy.</source>
        <translation>끝난 실행을 설정, 손실, 정확도와 함께 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Start (or Space) with the book&apos;s settings and watch the loss fall on the Training tab: about 97% test accuracy after 10,000 steps.</source>
        <translation>책의 설정 그대로 시작(또는 Space)을 누르고 학습 탭에서 손실이 줄어드는 것을 봅니다. 10,000 스텝 뒤 시험 데이터 정확도는 약 97%입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open One step, explained: follow one mini-batch forward through Affine, ReLU and Softmax-with-Loss, then backward (sections 5.5 to 5.7).</source>
        <translation>한 스텝 해설 탭을 엽니다. 미니배치 하나가 Affine, ReLU, Softmax-with-Loss를 거쳐 순전파되고 다시 역전파되는 과정을 따라갑니다(5.5~5.7절).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Gradient check, run the check: backprop and the numerical gradient agree to about 1e-10. Plant a bug in the left panel, press Reset, and check again to see it caught.</source>
        <translation>기울기 확인 탭에서 확인을 실행합니다. 오차역전파와 수치 미분이 약 1e-10까지 일치합니다. 왼쪽 패널에서 버그를 심고 초기화를 누른 뒤 다시 확인하면 버그가 잡히는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Lessons, run the learning-rate lesson: too small learns slowly, too large diverges.</source>
        <translation>실습 탭에서 학습률 실습을 실행합니다. 너무 작으면 느리게 배우고, 너무 크면 발산합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a digit on the Draw tab, and look Inside the network at what it learned.</source>
        <translation>그리기 탭에서 숫자를 그리고, 신경망 들여다보기 탭에서 신경망이 배운 것을 살펴봅니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train a two-layer network on MNIST with the backpropagation of chapter 5, and look at every part of it. The left panel holds the settings; the buttons above the tabs run the training.</source>
        <translation>5장의 오차역전파로 MNIST에서 2층 신경망을 학습시키고, 그 모든 부분을 살펴봅니다. 왼쪽 패널에 설정이 있고, 탭 위의 버튼으로 학습을 실행합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting started with Backprop Lab</source>
        <translation>Backprop Lab 시작하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tabs</source>
        <translation>탭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A first lesson through chapter 5</source>
        <translation>5장을 따라가는 첫 수업</translation>
    </message>
</context>
<context>
    <name>GradCheck</name>
    <message>
        <location filename="../../gui/gradcheck/report.py" line="+36"/>
        <source>excellent</source>
        <translation>우수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acceptable</source>
        <translation>허용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below resolution</source>
        <translation>분해능 미만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on a kink</source>
        <translation>꺾인 점 위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspicious</source>
        <translation>의심</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>계산 불가</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean |diff|
(book&apos;s number)</source>
        <translation>평균 |diff|
(책의 수치)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max |diff|</source>
        <translation>최대 |diff|</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/views.py" line="+97"/>
        <source>relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/report.py" line="+6"/>
        <source>kinks</source>
        <translation>꺾인 점</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} and {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only biases: look at how Affine.backward computes db</source>
        <translation>편향만 틀림: Affine.backward가 db를 계산하는 부분을 보십시오</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only weights: look at how Affine.backward computes dW</source>
        <translation>가중치만 틀림: Affine.backward가 dW를 계산하는 부분을 보십시오</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the top layer down: look at SoftmaxWithLoss.backward and Affine{0}.backward</source>
        <translation>맨 위 층부터 틀림: SoftmaxWithLoss.backward와 Affine{0}.backward를 보십시오</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W{0} and b{0} agree, so look between them: {1}{2}.backward and Affine{2}.backward</source>
        <translation>W{0}와 b{0}는 일치하므로 그 사이를 보십시오: {1}{2}.backward와 Affine{2}.backward</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Backprop agrees with the numerical gradient (worst relative error {0})</source>
        <translation>오차역전파가 수치 미분과 일치합니다(최대 상대 오차 {0})</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{0} disagrees: {1}</source>
        <translation>{0} 불일치: {1}</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Which parameter&apos;s gradient: W1 and b1 are the first Affine layer&apos;s weights and biases, W2 and b2 the second&apos;s, and so on. Hover over a cell for its shape.</source>
        <translation>어느 매개변수의 기울기인지: W1과 b1은 첫 번째 Affine 계층의 가중치와 편향, W2와 b2는 두 번째 계층의 것, 이런 식입니다. 셀 위에 마우스를 올리면 형상이 보입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ excellent: ≤ 1e-7.  ≈ below resolution: within float64 round-off.  ~ acceptable: ≤ 1e-4 where entries were re-checked near kinks.  ! suspicious: up to 1e-2.  ✗ wrong: &gt; 1e-2.  ∧ on a kink: nothing left to judge.  ⊘ failed: NaN or infinity, nothing compared.</source>
        <translation>✓ 우수: ≤ 1e-7.  ≈ 분해능 미만: float64 반올림 오차 이내.  ~ 허용: 꺾인 점 근처에서 재확인한 항목이 있을 때 ≤ 1e-4.  ! 의심: 1e-2까지.  ✗ 오류: &gt; 1e-2.  ∧ 꺾인 점 위: 판정할 항목이 남지 않음.  ⊘ 계산 불가: NaN 또는 무한대, 아무것도 비교하지 못함.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean of |backprop − numerical| over the checked entries at the step h: the number the book&apos;s gradient_check.py prints. It depends on how big the gradients are, so it is hard to judge alone.</source>
        <translation>확인한 항목에 대한 |오차역전파 − 수치 미분|의 평균(스텝 h에서): 책의 gradient_check.py가 출력하는 값입니다. 기울기의 크기에 따라 달라지므로 이것만으로는 판단하기 어렵습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The largest |backprop − numerical| over the checked entries at the step h.</source>
        <translation>확인한 항목 중 가장 큰 |오차역전파 − 수치 미분|(스텝 h에서).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rel error
at h</source>
        <translation>h에서의
상대 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‖a − n‖ / (‖a‖ + ‖n‖) at the step h, norm-wise over the checked entries (a: backprop, n: numerical), before any re-check. Between 0 and 1 and independent of the gradients&apos; size.</source>
        <translation>스텝 h에서의 ‖a − n‖ / (‖a‖ + ‖n‖), 확인한 항목 전체에 대한 노름 기준(a: 오차역전파, n: 수치 미분), 재확인 전. 0과 1 사이이며 기울기의 크기와 무관합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked entries whose +h or −h run moved some ReLU input to the other side of 0. Across a kink the central difference averages two slopes, so even a correct backprop disagrees there.</source>
        <translation>+h 또는 −h 계산에서 어떤 ReLU 입력이 0의 반대쪽으로 넘어간 확인 항목입니다. 꺾인 점을 건너면 중심 차분이 두 기울기를 평균내므로 올바른 오차역전파도 그곳에서는 어긋납니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-checked</source>
        <translation>재확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the kinked entries, those checked again with a smaller step that stays on one side of every kink.</source>
        <translation>꺾인 점을 건넌 항목 중 모든 꺾인 점의 한쪽에 머무는 더 작은 스텝으로 다시 확인한 항목입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on kink</source>
        <translation>꺾인 점 위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinked entries for which no step above the round-off floor stays on one side: the point sits on a kink, where the loss has no derivative. They are left out of the verdict.</source>
        <translation>반올림 하한보다 큰 어떤 스텝으로도 한쪽에 머물 수 없는 항목: 그 점은 손실의 미분이 없는 꺾인 점 위에 있습니다. 이 항목들은 판정에서 제외됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round-off
floor</source>
        <translation>반올림
하한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relative error that float64 round-off alone can cause in these central differences. A smaller disagreement says nothing: &apos;below resolution&apos;.</source>
        <translation>이 중심 차분에서 float64 반올림 오차만으로 생길 수 있는 상대 오차입니다. 이보다 작은 불일치는 아무것도 말해 주지 않습니다: &apos;분해능 미만&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after
re-check</source>
        <translation>재확인
후</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relative error after the re-check, without the entries on a kink: this is what the verdict judges.</source>
        <translation>재확인 후, 꺾인 점 위의 항목을 뺀 상대 오차: 판정은 이 값으로 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reading the verdicts&lt;/b&gt; (thresholds after CS231n): the relative error after the re-check is &lt;b&gt;≤ 1e-7 ✓ excellent&lt;/b&gt;; &lt;b&gt;≤ 1e-4 ~ acceptable&lt;/b&gt; where entries had to be re-checked near kinks; up to 1e-2 &lt;b&gt;! suspicious&lt;/b&gt;; &lt;b&gt;&amp;gt; 1e-2 ✗ wrong&lt;/b&gt;: a bug. &lt;b&gt;Kinks:&lt;/b&gt; ReLU bends at 0. When the +h or −h run of an entry pushes a ReLU input across 0, the central difference mixes two slopes and a correct backprop seems wrong. The lab then checks that entry again with a smaller step that stays on one side of the kink (&lt;b&gt;re-checked&lt;/b&gt;). If even the smallest allowed step crosses it, the point sits &lt;b&gt;on a kink&lt;/b&gt;, where there is no derivative, and the entry is left out. &lt;b&gt;The floor:&lt;/b&gt; float64 keeps about 16 digits, so (L(w+h) − L(w−h)) / 2h carries a round-off error; tiny gradients (a deep net with std 0.01, a saturated sigmoid, a trained net) can be smaller than it. Where the disagreement is within that floor the lab says &lt;b&gt;≈ below resolution&lt;/b&gt;, not wrong. &lt;b&gt;⊘ failed&lt;/b&gt;: NaN or infinity (a bad h, NaN weights): nothing was compared, and that never passes.</source>
        <translation>&lt;b&gt;판정 읽는 법&lt;/b&gt;(임계값은 CS231n을 따름): 재확인 후의 상대 오차가 &lt;b&gt;≤ 1e-7이면 ✓ 우수&lt;/b&gt;, 꺾인 점 근처에서 재확인한 항목이 있으면 &lt;b&gt;≤ 1e-4에서 ~ 허용&lt;/b&gt;, 1e-2까지는 &lt;b&gt;! 의심&lt;/b&gt;, &lt;b&gt;&amp;gt; 1e-2이면 ✗ 오류&lt;/b&gt;: 버그입니다. &lt;b&gt;꺾인 점:&lt;/b&gt; ReLU는 0에서 꺾입니다. 어떤 항목의 +h 또는 −h 계산이 ReLU 입력을 0 너머로 밀면 중심 차분이 두 기울기를 섞어서 올바른 오차역전파도 틀린 것처럼 보입니다. 그러면 이 실험실은 꺾인 점의 한쪽에 머무는 더 작은 스텝으로 그 항목을 다시 확인합니다(&lt;b&gt;재확인&lt;/b&gt;). 허용되는 가장 작은 스텝으로도 넘어간다면 그 점은 미분이 없는 &lt;b&gt;꺾인 점 위&lt;/b&gt;에 있으므로 그 항목은 제외합니다. &lt;b&gt;하한:&lt;/b&gt; float64는 약 16자리를 유지하므로 (L(w+h) − L(w−h)) / 2h에는 반올림 오차가 있습니다. 아주 작은 기울기(std 0.01인 깊은 신경망, 포화된 시그모이드, 학습된 신경망)는 이보다 작을 수 있습니다. 불일치가 이 하한 이내이면 틀렸다고 하지 않고 &lt;b&gt;≈ 분해능 미만&lt;/b&gt;이라고 합니다. &lt;b&gt;⊘ 계산 불가&lt;/b&gt;: NaN 또는 무한대(잘못된 h, NaN 가중치)로 아무것도 비교하지 못했으며, 이는 결코 통과가 아닙니다.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{0}: nothing could be compared (NaN or infinity in a gradient): check the step h and the weights</source>
        <translation>{0}: 아무것도 비교하지 못했습니다(기울기에 NaN 또는 무한대): 스텝 h와 가중치를 확인하십시오</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} disagree: {1}</source>
        <translation>{0} 불일치: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is suspicious (worst relative error {1})</source>
        <translation>{0} 의심스러움(최대 상대 오차 {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} are suspicious (worst relative error {1})</source>
        <translation>{0} 의심스러움(최대 상대 오차 {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not caught: the planted bug did not show on these images (worst relative error {0})</source>
        <translation>발견 못 함: 심어 둔 버그가 이 이미지들에서는 드러나지 않았습니다(최대 상대 오차 {0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planted bug: {0}. The check caught it. {1}</source>
        <translation>심어 둔 버그: {0}. 기울기 확인이 잡아냈습니다. {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planted bug: {0}. This check did not catch it. {1}</source>
        <translation>심어 둔 버그: {0}. 이번 확인에서는 잡아내지 못했습니다. {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the gradients are so small that float64 round-off in the central difference is as large as the disagreement; the check cannot resolve them, so it does not call them wrong.</source>
        <translation>{0}: 기울기가 너무 작아서 중심 차분의 float64 반올림 오차가 불일치만큼 큽니다. 이 확인으로는 구별할 수 없으므로 오류라고 하지 않습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Sigmoid net has no kinks: the loss is smooth, so the numerical gradient can be trusted everywhere.</source>
        <translation>Sigmoid 신경망에는 꺾인 점이 없습니다. 손실이 매끄러우므로 수치 미분을 어디서나 믿을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0:,} of {1:,} {2} entries</source>
        <translation>{2}의 원소 {1:,}개 중 {0:,}개</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No checked entry crossed a ReLU kink, so the numerical gradient is trustworthy here.</source>
        <translation>확인한 원소 중 ReLU의 꺾인 점을 넘은 것이 없으므로 여기서는 수치 미분을 믿을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} crossed a ReLU kink at h = {1}: {2:,} were re-checked with a smaller step that stays on one side of every kink, {3:,} sit on a kink and were left out.</source>
        <translation>{0}이(가) h = {1}에서 ReLU의 꺾인 점을 건넜습니다: {2:,}개는 모든 꺾인 점의 한쪽에 머무는 더 작은 스텝으로 재확인했고, {3:,}개는 꺾인 점 위에 있어 제외했습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The race: backprop {0} vs numerical gradient {1}: backprop was {2} faster</source>
        <translation>속도 경주: 오차역전파 {0} 대 수치 미분 {1}, 오차역전파가 {2} 빨랐습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the numerical gradient did only {0:,} of {1:,} entries; all of them would take about {2})</source>
        <translation>(수치 미분은 원소 {1:,}개 중 {0:,}개만 계산했습니다. 전부 계산하면 약 {2} 걸립니다)</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/heatmap.py" line="+28"/>
        <source>Colour: |diff| on a log scale (white: not checked). Hover over a tile to read one entry.</source>
        <translation>색: 로그 눈금의 |diff|(흰색: 확인하지 않음). 타일 위에 마우스를 올리면 원소 하나의 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/views.py" line="-5"/>
        <source>Relative error of each parameter&apos;s gradient, on a log scale (lower is better).
Bars are coloured by verdict; the dashed lines are the thresholds 1e-7, 1e-4, 1e-2.</source>
        <translation>매개변수별 기울기의 상대 오차(로그 눈금, 낮을수록 좋음).
막대 색은 판정을 나타내고, 점선은 기준값 1e-7, 1e-4, 1e-2입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative error per parameter</source>
        <translation>매개변수별 상대 오차</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>if kinks</source>
        <translation>꺾인 점이 있으면</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>shape {0}: {1:,} entries, {2:,} checked</source>
        <translation>형상 {0}: 항목 {1:,}개, {2:,}개 확인</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/heatmap.py" line="+109"/>
        <source>W1&apos;s per-entry |backprop − numerical gradient|. Each tile is one hidden unit: its 784 incoming weights laid out as the 28×28 input image. Log colour scale; white = not checked. Hover over a pixel to read its value.</source>
        <translation>W1의 원소별 |오차역전파 − 수치 미분|. 타일 하나가 은닉 뉴런 하나이며, 들어오는 가중치 784개를 28×28 입력 이미지 모양으로 늘어놓았습니다. 로그 색 눈금이며 흰색은 확인하지 않은 곳입니다. 픽셀 위에 마우스를 올리면 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>W1 |diff| per entry: one 28×28 tile per hidden unit</source>
        <translation>W1의 원소별 |diff|: 은닉 뉴런마다 28×28 타일 하나</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>not checked (sampled check)</source>
        <translation>확인하지 않음(표본 확인)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W1[{0}, {1}]: pixel (row {2}, column {3}) → hidden unit {4}: {5}</source>
        <translation>W1[{0}, {1}]: 픽셀({2}행, {3}열) → 은닉 뉴런 {4}: {5}</translation>
    </message>
    <message>
        <location filename="../../gui/gradcheck/views.py" line="-20"/>
        <source>One row per parameter: backprop&apos;s gradient against the numerical gradient. Hover over a column header for what it means.</source>
        <translation>매개변수마다 한 행: 오차역전파로 구한 기울기를 수치 미분과 비교합니다. 열 제목에 마우스를 올리면 뜻이 보입니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0:,} of {1:,} checked entries crossed a ReLU kink</source>
        <translation>확인한 원소 {1:,}개 중 {0:,}개가 ReLU의 꺾인 점을 넘었습니다</translation>
    </message>
</context>
<context>
    <name>GradCheckPanel</name>
    <message>
        <location filename="../../gui/gradcheck/panel.py" line="+131"/>
        <source>Run a gradient check to compare backprop with the numerical gradient.</source>
        <translation>기울기 확인을 실행해 오차역전파와 수치 미분을 비교해 보십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to read the verdicts</source>
        <translation>판정 읽는 법</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the explanation of the thresholds</source>
        <translation>기준값 설명을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The planted bug changed: run the check again.</source>
        <translation>심어 둔 버그가 바뀌었습니다: 확인을 다시 실행하십시오.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The planted bug cannot be planted in this network. {0}</source>
        <translation>심어 둔 버그를 이 신경망에 심을 수 없습니다. {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>at most {0:,} entries per parameter</source>
        <translation>매개변수당 최대 {0:,}개 원소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all {0:,} entries</source>
        <translation>원소 {0:,}개 전부</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights from the running training (about step {0:,})</source>
        <translation>학습 중인 가중치(약 {0:,} 스텝)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untrained weights</source>
        <translation>학습 전 가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights after {0:,} training steps</source>
        <translation>{0:,} 스텝 학습한 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first {0} test images</source>
        <translation>앞쪽 시험 이미지 {0}개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first test image</source>
        <translation>첫 번째 시험 이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: {0} {1} net, {2}</source>
        <translation>확인 대상: {0} {1} 신경망, {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planted bug: {0}</source>
        <translation>심어 둔 버그: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check was cancelled; nothing was compared. Press Run to start again.</source>
        <translation>확인을 취소해서 아무것도 비교하지 않았습니다. 다시 하려면 ‘기울기 확인 실행’을 누르십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check failed: {0}</source>
        <translation>확인에 실패했습니다: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking… {0:.1f} s</source>
        <translation>확인하는 중… {0:.1f} s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>took {0} in all</source>
        <translation>총 {0} 걸림</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The W1 heat map needs 28×28 inputs (784); this network has {0} inputs.</source>
        <translation>W1 히트맵에는 28×28 입력(784)이 필요합니다. 이 신경망의 입력은 {0}개입니다.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the network has changed since: run the check again</source>
        <translation>그 뒤로 신경망이 바뀌었습니다. 다시 확인하십시오</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../../gui/graph/canvas.py" line="+62"/>
        <source>The computational graph: values flow left to right above the arrows, gradients flow back below them.
Click a node to see its local derivative.</source>
        <translation>계산 그래프: 값은 화살표 위에서 왼쪽에서 오른쪽으로 흐르고, 기울기는 화살표 아래에서 거꾸로 흐릅니다.
노드를 클릭하면 국소적 미분을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>GraphTab</name>
    <message>
        <location filename="../../gui/graph/tab.py" line="+182"/>
        <source>Graph:</source>
        <translation>그래프:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The graphs of chapter 5, in the book&apos;s order.</source>
        <translation>5장의 그래프들을 책의 순서대로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the current weights</source>
        <translation>현재 가중치 사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the network graph from the network as it is now.</source>
        <translation>지금 상태의 신경망으로 그래프를 다시 만듭니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this stage in One step, explained</source>
        <translation>&apos;한 스텝 해설&apos;에서 이 단계 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same pass, layer by layer, with the book&apos;s names.</source>
        <translation>같은 계산을 계층별로, 책의 이름으로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide every computed value: only the inputs are known.</source>
        <translation>계산된 값을 모두 숨깁니다. 입력값만 알려진 상태입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Back</source>
        <translation>◀ 뒤로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last step.</source>
        <translation>마지막 스텝을 되돌립니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step ▶</source>
        <translation>스텝 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One node: forward first, then backward.</source>
        <translation>노드 하나씩: 순전파 먼저, 그다음 역전파.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every value and every gradient at once.</source>
        <translation>모든 값과 모든 기울기를 한 번에 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>Steps per second while playing: {0:g}</source>
        <translation>재생 중 초당 스텝 수: {0:g}</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>The chosen node</source>
        <translation>선택한 노드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The network graph needs the training data: it is still loading.</source>
        <translation>신경망 그래프에는 훈련 데이터가 필요합니다. 아직 불러오는 중입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network graph shows the book&apos;s loss without weight decay: set weight decay to 0 and press Reset to draw it.</source>
        <translation>신경망 그래프는 가중치 감소가 없는 책의 손실을 보여 줍니다. 가중치 감소를 0으로 하고 초기화를 누르면 그려집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This graph cannot be drawn: {0}</source>
        <translation>이 그래프는 그릴 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the animation here.</source>
        <translation>애니메이션을 여기서 멈춥니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animate the forward pass, then the backward pass, node by node.</source>
        <translation>순전파와 그다음 역전파를 노드 하나씩 애니메이션으로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All values (above the arrows) and gradients (below) are shown.</source>
        <translation>모든 값(화살표 위)과 기울기(화살표 아래)를 보여 주고 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step 0 of {0}: only the inputs are known.</source>
        <translation>스텝 0 / {0}: 입력값만 알려져 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step {0} of {1}: forward through {2} ({3}).</source>
        <translation>스텝 {0} / {1}: {2} ({3}) 순전파.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {0} of {1}: backward through {2} ({3}).</source>
        <translation>스텝 {0} / {1}: {2} ({3}) 역전파.</translation>
    </message>
</context>
<context>
    <name>GraphTitles</name>
    <message>
        <location line="-354"/>
        <source>Buying 2 apples at 100 each with a 1.1 tax: 220 (5.4.1, buy_apple.py)</source>
        <translation>100원짜리 사과 2개, 소비세 1.1: 220 (5.4.1, buy_apple.py)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 apples at 100 and 3 oranges at 150, tax 1.1: 715 (5.4.2, buy_apple_orange.py)</source>
        <translation>100원짜리 사과 2개와 150원짜리 귤 3개, 소비세 1.1: 715 (5.4.2, buy_apple_orange.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chain rule: z = (x + y)² as an add node and a square node (figure 5-7)</source>
        <translation>연쇄법칙: z = (x + y)²를 덧셈 노드와 제곱 노드로 (그림 5-7)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU: the gradient passes only where x &gt; 0 (5.5.1)</source>
        <translation>ReLU: 기울기는 x &gt; 0인 곳에서만 흐릅니다 (5.5.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid as ×−1, exp, +1 and / nodes, next to one sigmoid node: backward collapses to dout · y(1 − y) (5.5.2)</source>
        <translation>×−1, exp, +1, / 노드로 그린 Sigmoid와 하나의 sigmoid 노드: 역전파는 dout · y(1 − y)로 간단해집니다 (5.5.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affine: Y = X·W + B with matrix shapes; dB sums dY over the batch (5.6.2)</source>
        <translation>Affine: 행렬 형상과 함께 Y = X·W + B; dB는 배치에 걸쳐 dY를 더합니다 (5.6.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softmax-with-Loss as a graph: its backward is y − t (appendix A)</source>
        <translation>그래프로 그린 Softmax-with-Loss: 역전파는 y − t입니다 (부록 A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current network on {0} test images: its forward and backward pass, equal to net.gradient (5.7)</source>
        <translation>시험 이미지 {0}장에 대한 현재 신경망의 순전파와 역전파, net.gradient와 같습니다 (5.7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apples</source>
        <translation>사과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apples and oranges</source>
        <translation>사과와 귤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain rule</source>
        <translation>연쇄법칙</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network (TwoLayerNet)</source>
        <translation>신경망 (TwoLayerNet)</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../gui/health/view.py" line="+125"/>
        <source>Waiting for the data…</source>
        <translation>데이터를 기다리는 중입니다…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured on a copy of the network at evaluation points while training, and whenever the network changes; nothing is measured while this tab is hidden</source>
        <translation>학습 중에는 평가 시점마다, 그리고 네트워크가 바뀔 때마다 네트워크의 복사본으로 측정합니다. 이 탭이 숨겨져 있는 동안에는 아무것도 측정하지 않습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each hidden layer with the initial weights, on {0:,} test images</source>
        <translation>초기 가중치에서의 각 은닉층 (시험 이미지 {0:,}장)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each hidden layer at step ≈{0:,} (training), on {1:,} test images</source>
        <translation>스텝 ≈{0:,}(학습 중)에서의 각 은닉층 (시험 이미지 {1:,}장)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each hidden layer after step {0:,}, on {1:,} test images</source>
        <translation>스텝 {0:,} 이후의 각 은닉층 (시험 이미지 {1:,}장)</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../gui/graph/inputs.py" line="+44"/>
        <source>The value of {0}: type a number (or a small list such as [[1, 2], [3, 4]]) and press Enter; every node re-computes.</source>
        <translation>{0}의 값: 숫자(또는 [[1, 2], [3, 4]] 같은 작은 리스트)를 입력하고 Enter를 누르면 모든 노드가 다시 계산됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge</source>
        <translation>살짝 밀기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {0} by ±h and measure how the output changes: the numerical gradient, next to backprop&apos;s.</source>
        <translation>{0}을(를) ±h만큼 움직여 출력의 변화를 잽니다. 수치 미분을 오차역전파의 기울기와 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} must be a list of shape {1}, such as {2}.</source>
        <translation>{0}은(는) 형상이 {1}인 리스트여야 합니다. 예: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a number, such as 1.5 or -2e-3.</source>
        <translation>{0}은(는) 1.5나 -2e-3 같은 숫자여야 합니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>numerical (f(x+h) − f(x−h)) / 2h = {0}; backprop {1}; difference {2} (h = {3})</source>
        <translation>수치 미분 (f(x+h) − f(x−h)) / 2h = {0}; 오차역전파 {1}; 차이 {2} (h = {3})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at entry {0}</source>
        <translation>원소 {0}에서</translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <location filename="../../gui/inside/view.py" line="+154"/>
        <source>Waiting for the data…</source>
        <translation>데이터를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy of the network on the 10,000 test images, which it never trains on</source>
        <translation>신경망이 학습에 한 번도 쓰지 않은 시험 이미지 10,000개에 대한 정확도</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>After step {0} the network&apos;s outputs are not finite (the run diverged): press Reset for new weights.</source>
        <translation>스텝 {0} 이후 신경망의 출력이 유한하지 않습니다(학습이 발산함). 초기화를 눌러 새 가중치로 시작하십시오.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test set with the weights loaded from {3}: accuracy {0:.1f}% ({1} errors of {2})</source>
        <translation>{3}에서 불러온 가중치의 시험 데이터 정확도: {0:.1f}% ({2}개 중 {1}개 오답)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set with the weights of the opened session: accuracy {0:.1f}% ({1} errors of {2})</source>
        <translation>연 세션의 가중치로 본 시험 데이터 정확도: {0:.1f}% ({2}개 중 {1}개 오답)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set with the initial random weights: accuracy {0:.1f}% ({1} errors of {2})</source>
        <translation>무작위 초기 가중치의 시험 데이터 정확도: {0:.1f}% ({2}개 중 {1}개 오답)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set after {0} steps of training on the weights loaded from {4}: accuracy {1:.1f}% ({2} errors of {3})</source>
        <translation>{4}에서 불러온 가중치를 {0}스텝 학습한 뒤의 시험 데이터 정확도: {1:.1f}% ({3}개 중 {2}개 오답)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test set, network at step ≈{0} (training): accuracy {1:.1f}% ({2} errors of {3})</source>
        <translation>시험 데이터, 스텝 ≈{0}의 신경망(학습 중): 정확도 {1:.1f}% ({3}개 중 {2}개 오답)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set after step {0}: accuracy {1:.1f}% ({2} errors of {3})</source>
        <translation>스텝 {0} 이후 시험 데이터: 정확도 {1:.1f}% ({3}개 중 {2}개 오답)</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <location filename="../../gui/last_resort.py" line="+80"/>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backprop Lab ran into an unexpected error:
{0}

What you asked for may not have happened. The window keeps working; File › Save session keeps your network and its curves. The details were written to the log.</source>
        <translation>Backprop Lab에서 예상하지 못한 오류가 발생했습니다:
{0}

요청한 작업이 이루어지지 않았을 수 있습니다. 창은 계속 작동합니다. 파일 › 세션 저장으로 신경망과 곡선을 보관할 수 있습니다. 자세한 내용은 로그에 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>LayerColumn</name>
    <message>
        <location filename="../../gui/health/layer_column.py" line="+112"/>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient arriving (dout)</source>
        <translation>들어오는 기울기 (dout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram of this layer&apos;s outputs on the batch: the book&apos;s figure of chapter 6, live</source>
        <translation>배치에 대한 이 층 출력의 히스토그램입니다. 책 6장의 그림을 실시간으로 보여 줍니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram of dout, the gradient of the loss arriving at this layer&apos;s outputs during backprop</source>
        <translation>오차역전파 중에 이 층의 출력에 도달하는 손실의 기울기 dout의 히스토그램입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verdict on this layer; the sentence below says why</source>
        <translation>이 층에 대한 판정입니다. 아래 문장이 그 이유를 설명합니다</translation>
    </message>
</context>
<context>
    <name>LayerHealth</name>
    <message>
        <location filename="../../gui/health/text.py" line="+21"/>
        <source>healthy</source>
        <translation>건강</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saturated</source>
        <translation>포화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collapsed</source>
        <translation>붕괴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead</source>
        <translation>죽음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vanishing</source>
        <translation>기울기 소실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exploding</source>
        <translation>기울기 폭발</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Layer {0} · {1}, {2} units</source>
        <translation>{0}층 · {1}, 유닛 {2}개</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its outputs differ from image to image (spread {0:.2f}) and the gradient passes through.</source>
        <translation>출력이 이미지마다 다르고(표준편차 {0:.2f}) 기울기도 잘 통과합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0f}% of its outputs are below 0.05 or above 0.95, where the sigmoid is flat: almost no gradient passes back.</source>
        <translation>출력의 {0:.0f}%가 0.05 미만이거나 0.95 초과로, 시그모이드가 평평한 구간입니다. 기울기가 거의 되돌아가지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every unit gives nearly the same output for every image (spread {0:.3f}): the layer hardly tells the images apart.</source>
        <translation>모든 유닛이 모든 이미지에 거의 같은 값을 출력합니다(표준편차 {0:.3f}). 이 층은 이미지를 거의 구별하지 못합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0f}% of its units are 0 for every image: they pass no gradient back and never learn.</source>
        <translation>유닛의 {0:.0f}%가 모든 이미지에서 0입니다. 이 유닛들은 기울기를 되돌려 보내지 않아 전혀 학습하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gradient reaching it is only {0:.2g} times the one reaching the layer above: learning fades on the way back.</source>
        <translation>이 층에 도달하는 기울기는 위층에 도달하는 기울기의 {0:.2g}배에 불과합니다. 되돌아가는 동안 학습 신호가 사라집니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Its outputs or gradients are no longer finite numbers: the network has blown up.</source>
        <translation>출력이나 기울기가 더 이상 유한한 수가 아닙니다. 네트워크가 발산했습니다.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The gradient reaching it is {0:.1f} times the one reaching the layer above: it grows layer after layer.</source>
        <translation>이 층에 도달하는 기울기는 위층에 도달하는 기울기의 {0:.1f}배입니다. 층을 지날 때마다 커집니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One SGD step would change its weights by 10^{0:.1f} of their size; about 10^-3 is healthy.</source>
        <translation>SGD 한 스텝이 가중치를 그 크기의 10^{0:.1f}만큼 바꿉니다. 10^-3 정도가 건강합니다.</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../../gui/classroom/lesson_runner.py" line="+109"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>could not start {label}</source>
        <translation>{label}을(를) 시작할 수 없음</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the run failed: {text}</source>
        <translation>학습 실패: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../gui/classroom/lesson_data.py" line="+72"/>
        <source>Chapter 5 default</source>
        <translation>5장 기본 학습</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book&apos;s chapter 5 run: a 784-50-10 ReLU network, weights drawn with std 0.01, trained by SGD (learning rate 0.1) on mini-batches of 100 for 10,000 steps, with accuracy measured once per epoch. Watch the loss drop steeply in the first few hundred steps, then creep down. Train and test accuracy climb together and stay close: with 60,000 training images this small network hardly overfits.</source>
        <translation>책의 5장 학습: 784-50-10 ReLU 신경망의 가중치를 std 0.01로 뽑고, SGD(학습률 0.1)로 미니배치 100개씩 10,000 스텝 학습하며 에폭마다 정확도를 잽니다. 처음 수백 스텝 동안 손실이 가파르게 떨어지다가 천천히 내려가는 것을 보십시오. 훈련 정확도와 시험 정확도는 함께 오르며 가깝게 유지됩니다. 훈련 이미지가 60,000개나 되므로 이 작은 신경망은 거의 오버피팅하지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book&apos;s run (784-50-10)</source>
        <translation>책의 학습(784-50-10)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ReLU vs Sigmoid</source>
        <translation>ReLU 대 Sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section 6.2</source>
        <translation>6.2절</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same 784-100-100-10 network trained the same way (SGD, learning rate 0.1), with ReLU or with Sigmoid after each hidden layer, each with the initial weights that suit it: He for ReLU, Xavier for Sigmoid. Watch Sigmoid learn more slowly: its loss stays higher and its accuracy trails. A sigmoid&apos;s derivative is at most 0.25, so the gradient shrinks at every layer it flows back through.</source>
        <translation>같은 784-100-100-10 신경망을 같은 방법(SGD, 학습률 0.1)으로 학습하되, 은닉층마다 ReLU 또는 Sigmoid를 두고 각각에 맞는 가중치 초깃값(ReLU에는 He, Sigmoid에는 Xavier)을 씁니다. Sigmoid가 더 느리게 배우는 것을 보십시오. 손실이 더 높게 머물고 정확도가 뒤처집니다. 시그모이드 함수의 미분은 최대 0.25이므로, 기울기는 층을 거슬러 지날 때마다 작아집니다.</translation>
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
        <translation>가중치 초깃값: 0.01 대 Xavier 대 He</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book&apos;s experiment: a 784-100-100-100-100-10 ReLU network trained by SGD (learning rate 0.01) from three kinds of initial weights. With std 0.01 the signal shrinks layer after layer, the gradients all but vanish, and the loss stays flat near 2.3: accuracy stays near 10%, no better than guessing. Xavier learns; He, made for ReLU, learns fastest.</source>
        <translation>책의 실험: 784-100-100-100-100-10 ReLU 신경망을 세 가지 가중치 초깃값에서 SGD(학습률 0.01)로 학습합니다. std 0.01이면 신호가 층마다 작아져 기울기가 거의 사라지고, 손실이 2.3 근처에서 평평하게 머뭅니다. 정확도는 10% 근처로, 아무렇게나 찍는 것과 다르지 않습니다. Xavier는 학습하고, ReLU를 위해 만든 He가 가장 빨리 학습합니다.</translation>
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
        <translation>층 속을 보기: 가중치 초깃값과 활성화</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book&apos;s experiment of section 6.2, in the Layer health tab: five hidden layers of 100, with Sigmoid from std 1, std 0.01 and Xavier weights, and with ReLU from std 0.01, Xavier and He. Look at each layer&apos;s histogram of outputs before training: Sigmoid with std 1 piles them up at 0 and 1 (saturated: the gradient vanishes), std 0.01 bunches them at 0.5 (collapsed: every unit says the same), Xavier spreads them. With ReLU, std 0.01 shrinks the signal layer after layer, while He keeps every layer alive. Then watch the verdicts change as the network trains.</source>
        <translation>책 6.2절의 실험을 &apos;층 건강&apos; 탭에서 봅니다. 100개짜리 은닉층 5개에 Sigmoid는 표준편차 1, 0.01, Xavier 가중치로, ReLU는 표준편차 0.01, Xavier, He 가중치로 시작합니다. 학습 전에 각 층의 출력 히스토그램을 보십시오. 표준편차 1의 Sigmoid는 출력이 0과 1에 몰리고(포화: 기울기가 사라집니다), 표준편차 0.01은 0.5 근처에 모이며(붕괴: 모든 유닛이 같은 말을 합니다), Xavier는 고르게 퍼집니다. ReLU에서는 표준편차 0.01이면 신호가 층마다 작아지지만, He는 모든 층을 살려 둡니다. 그런 다음 네트워크가 학습하면서 판정이 어떻게 바뀌는지 지켜보십시오.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sigmoid, std 1</source>
        <translation>Sigmoid, 표준편차 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigmoid, std 0.01</source>
        <translation>Sigmoid, 표준편차 0.01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigmoid, Xavier</source>
        <translation>Sigmoid, Xavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU, std 0.01</source>
        <translation>ReLU, 표준편차 0.01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU, Xavier</source>
        <translation>ReLU, Xavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU, He</source>
        <translation>ReLU, He</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SGD vs Momentum vs AdaGrad vs Adam</source>
        <translation>SGD 대 Momentum 대 AdaGrad 대 Adam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book&apos;s comparison on MNIST: the same 784-100-100-100-100-10 ReLU network with He weights, trained by four update rules at the book&apos;s learning rates (SGD, Momentum and AdaGrad 0.01, Adam 0.001). Watch plain SGD&apos;s loss fall the slowest while the other three pull ahead within a few hundred steps. As the book says, which one is best depends on the problem and on the hyperparameters.</source>
        <translation>책의 MNIST 비교: He 초깃값을 쓴 같은 784-100-100-100-100-10 ReLU 신경망을 네 가지 갱신 방법으로, 책의 학습률(SGD, Momentum, AdaGrad는 0.01, Adam은 0.001)로 학습합니다. 기본 SGD의 손실이 가장 느리게 떨어지고 나머지 셋은 수백 스텝 안에 앞서 나가는 것을 보십시오. 책에서 말하듯 어느 것이 가장 좋은지는 문제와 하이퍼파라미터에 따라 다릅니다.</translation>
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
        <translation>샘플 300개로 오버피팅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the book&apos;s overfitting experiment: 200 epochs on only the first 300 training images, with the book&apos;s 784-100×6-10 network (six hidden layers of 100). Watch train accuracy reach 100% while test accuracy stalls far below: the network memorises its 300 images. With weight decay (λ&#xa0;=&#xa0;0.1) train accuracy stays lower and the gap shrinks; compare the final numbers in the runs table. Its loss includes the penalty ½λΣW², so that curve sits higher.</source>
        <translation>책의 오버피팅 실험을 따른 것: 앞쪽 훈련 이미지 300개만으로 책과 같은 784-100×6-10 신경망(뉴런 100개짜리 은닉층 6개)을 200 에폭 학습합니다. 훈련 정확도는 100%에 이르는데 시험 정확도는 한참 아래에서 멈추는 것을 보십시오. 신경망이 이미지 300개를 외워 버린 것입니다. 가중치 감소(λ&#xa0;=&#xa0;0.1)를 쓰면 훈련 정확도가 낮게 머물고 차이가 줄어듭니다. 실행 비교 표에서 최종 수치를 비교하십시오. 이 손실에는 벌칙 ½λΣW²가 포함되므로 곡선이 더 높게 그려집니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no weight decay</source>
        <translation>가중치 감소 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with weight decay λ=0.1</source>
        <translation>가중치 감소 λ=0.1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{n:g} epochs</source>
        <translation>{n:g} 에폭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n:,} steps</source>
        <translation>{n:,} 스텝</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../gui/classroom/lessons.py" line="+109"/>
        <source>Choose one of the book&apos;s experiments</source>
        <translation>책의 실험 중 하나를 고르십시오</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up one variant and press Start, or run them all:</source>
        <translation>변형 하나를 설정하고 시작을 누르거나, 모두 실행하십시오:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trains each variant in turn, each from new weights; finished runs stay on the plots as ghost curves and in the runs table. Stop ends the lesson.</source>
        <translation>변형마다 새 가중치로 차례로 학습합니다. 끝난 실행은 그래프에 잔상 곡선으로, 실행 비교 표에 행으로 남습니다. 중지를 누르면 실습이 끝납니다.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>After the book&apos;s {ref}</source>
        <translation>참고: 책의 {ref}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set up: {label}</source>
        <translation>설정: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set every control for {label} ({summary}, {length}) and give the network new weights; then press Start to train it.</source>
        <translation>모든 설정을 ‘{label}’({summary}, {length})에 맞추고 신경망에 새 가중치를 줍니다. 그다음 시작을 눌러 학습하십시오.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run all variants ({n})</source>
        <translation>모든 변형 실행({n}개)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this lesson</source>
        <translation>이 실습 실행</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Training {i} of {n}: {label}. Stop ends the lesson.</source>
        <translation>{n}개 중 {i}번째 학습 중: {label}. 중지를 누르면 실습이 끝납니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson done. The finished runs are ghost curves on the plots and rows in the runs table.</source>
        <translation>실습 완료. 끝난 실행은 그래프의 잔상 곡선과 실행 비교 표의 행으로 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesson ended ({why}).</source>
        <translation>실습이 끝났습니다({why}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window_pages.py" line="+23"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check</source>
        <translation>기울기 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the network</source>
        <translation>신경망 들여다보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computational graph</source>
        <translation>계산 그래프</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step, explained</source>
        <translation>한 스텝 해설</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer health</source>
        <translation>층 건강</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>실습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises</source>
        <translation>연습 문제</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+171"/>
        <source>Which network the window is showing and training</source>
        <translation>창에 표시되고 학습 중인 신경망</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the window (training stops first)</source>
        <translation>창을 닫습니다(학습 중이면 먼저 멈춥니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore default settings</source>
        <translation>기본 설정으로 되돌리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperparameters back to the book&apos;s chapter 5 run</source>
        <translation>하이퍼파라미터를 책의 5장 학습으로 되돌립니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+193"/>
        <source>About Backprop Lab</source>
        <translation>Backprop Lab 정보</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>What this app is, and where MNIST comes from</source>
        <translation>이 앱에 대한 설명과 MNIST의 출처</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guide: the tabs, the keyboard shortcuts, a first lesson through chapter 5</source>
        <translation>짧은 안내: 탭, 단축키, 5장을 따라가는 첫 수업</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Loading {0}…</source>
        <translation>{0} 불러오는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the training data…</source>
        <translation>훈련 데이터를 불러오는 중…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: {1:,} training and {2:,} test images</source>
        <translation>{0}: 훈련 이미지 {1:,}개, 시험 이미지 {2:,}개</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load the training data. {0}</source>
        <translation>훈련 데이터를 불러올 수 없습니다. {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The controls hold the command line&apos;s settings for this run; your saved settings are kept for later starts.</source>
        <translation>설정 패널에는 이번 실행을 위한 명령줄 설정이 들어 있습니다. 저장된 설정은 다음 실행을 위해 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings restored from last time: Settings › Restore default settings goes back.</source>
        <translation>지난번 설정을 복원했습니다. 설정 › 기본 설정으로 되돌리기로 처음 상태로 돌아갈 수 있습니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Model: {0} {1} ({2})</source>
        <translation>모델: {0} {1} ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, trained {0:,} steps</source>
        <translation>, {0:,} 스텝 학습함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, PLANTED BUG: {0}</source>
        <translation>, 심어 둔 버그: {0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backprop Lab {0}</source>
        <translation>Backprop Lab {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backprop Lab: learn and teach error backpropagation, after chapter 5 of Deep Learning from Scratch (Saito Koki).</source>
        <translation>Backprop Lab: 『밑바닥부터 시작하는 딥러닝』(사이토 고키) 5장을 따라 오차역전파법을 배우고 가르치는 앱입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="+55"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data set</source>
        <translation>데이터셋(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MistakesGallery</name>
    <message>
        <location filename="../../gui/inside/gallery.py" line="+114"/>
        <source>Show all mistakes</source>
        <translation>모든 오답 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the mistakes of every class again, not just one cell of the confusion matrix</source>
        <translation>혼동 행렬의 셀 하나가 아니라 모든 클래스의 오답을 다시 보여 줍니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test images the network gets wrong, the ones it is surest about first. Click one to open it in the Draw tab.</source>
        <translation>신경망이 틀리는 시험 이미지를 가장 확신한 것부터 보여 줍니다. 하나를 누르면 그리기 탭에서 엽니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+26"/>
        <source>true {0} → {1}</source>
        <translation>정답 {0} → {1}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>true {0} →</source>
        <translation>정답 {0} →</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Test image #{0}: labelled {1}. The network says {2} with probability {3:.1%}; it gives {1} {4:.1%}. Click to open it in the Draw tab.</source>
        <translation>시험 이미지 #{0}: 정답 {1}. 신경망은 {3:.1%}의 확률로 {2}(이)라고 답하고, {1}에는 {4:.1%}를 줍니다. 누르면 그리기 탭에서 엽니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mistakes on the test set</source>
        <translation>시험 데이터의 오답</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mistakes: {0} read as {1} ({2} images)</source>
        <translation>오답: {0}을(를) {1}(으)로 읽음({2}개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mistakes: none, every test image is read correctly</source>
        <translation>오답: 없음. 모든 시험 이미지를 맞혔습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mistakes: {0} test images</source>
        <translation>오답: 시험 이미지 {0}개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the {0} the network is surest about)</source>
        <translation>(신경망이 가장 확신한 {0}개)</translation>
    </message>
</context>
<context>
    <name>NodeExplanation</name>
    <message>
        <location filename="../../gui/graph/explain_view.py" line="+46"/>
        <source>The chosen node&apos;s forward formula and how its gradient is passed back.</source>
        <translation>선택한 노드의 순전파 식과 기울기를 되돌려 보내는 방법입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a node of the graph to see what it computes and how it passes the gradient back: upstream × local derivative = downstream.</source>
        <translation>그래프의 노드를 클릭하면 무엇을 계산하고 기울기를 어떻게 되돌려 보내는지 볼 수 있습니다: 상류 × 국소적 미분 = 하류.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An input. Its value {0}; the gradient that reaches it: {1}.</source>
        <translation>입력입니다. 값은 {0}, 도달한 기울기는 {1}입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It feeds {0} nodes, so their gradients add up: {1}.</source>
        <translation>{0}개의 노드로 이어지므로 그 기울기들을 더합니다: {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward: {0} = {1}</source>
        <translation>순전파: {0} = {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the output: backward starts here with dout = {0}.</source>
        <translation>출력입니다. 역전파는 여기서 dout = {0}으로 시작합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upstream gradient (dout) arriving from the right: {0}</source>
        <translation>오른쪽에서 들어오는 상류 기울기(dout): {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its output feeds {0} nodes, so dout is the sum of their gradients: {1}.</source>
        <translation>출력이 {0}개의 노드로 이어지므로 dout은 그 기울기들의 합입니다: {1}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: no gradient (it is data, such as the labels t).</source>
        <translation>{0}: 기울기 없음 (정답 레이블 t 같은 데이터입니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1}; local derivative {2}; upstream × local = {3}</source>
        <translation>{0}: {1}; 국소적 미분 {2}; 상류 × 국소적 미분 = {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} (a matrix product: dout · Wᵀ) = {2}</source>
        <translation>{0}: {1} (행렬 곱: dout · Wᵀ) = {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} (a matrix product: Xᵀ · dout) = {2}</source>
        <translation>{0}: {1} (행렬 곱: Xᵀ · dout) = {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(summed over the batch: the input was broadcast)</source>
        <translation>(배치에 걸쳐 더함: 입력이 브로드캐스트되었습니다)</translation>
    </message>
</context>
<context>
    <name>OneStepView</name>
    <message>
        <location filename="../../gui/one_step/view.py" line="+164"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N, the number of test images in the batch (1 to 8): the first dimension of x, out, dout and dx</source>
        <translation>배치의 시험 이미지 수 N(1~8): x, out, dout, dx의 첫 번째 차원</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New batch</source>
        <translation>새 배치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick other random test images and run the step on them</source>
        <translation>다른 시험 이미지를 무작위로 골라 한 스텝을 실행합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run one step</source>
        <translation>한 스텝 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One forward and backward pass on the latest weights of the network
(computed on a copy: the network is not changed)</source>
        <translation>신경망의 최신 가중치로 순전파와 역전파를 한 번 합니다
(사본으로 계산하므로 신경망은 바뀌지 않습니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the previous stage (Page Up)</source>
        <translation>이전 단계를 봅니다 (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the next stage (Page Down)</source>
        <translation>다음 단계를 봅니다 (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the computational graph</source>
        <translation>계산 그래프에서 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same pass on the same images, drawn as a computational graph of
matrix products, bias additions and activations, at this stage</source>
        <translation>같은 이미지에 대한 같은 계산을 행렬 곱, 편향 덧셈, 활성화 함수로 이루어진
계산 그래프로 그려 이 단계에서 보여 줍니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the data…</source>
        <translation>데이터를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which weights this step used</source>
        <translation>이 스텝에 쓴 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stages of one step, in the order the computer does them:
forward through every layer, then backward. Click one to show it.</source>
        <translation>한 스텝의 단계를 컴퓨터가 처리하는 순서대로 보여 줍니다:
모든 층의 순전파, 그다음 역전파. 하나를 누르면 그 단계를 봅니다.</translation>
    </message>
    <message>
        <location line="+194"/>
        <location line="+40"/>
        <source>{layer} backward</source>
        <translation>{layer} 역전파</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Stage {0} of {1}</source>
        <translation>{1}단계 중 {0}단계</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press “Run one step” to trace a forward and backward pass.</source>
        <translation>‘한 스텝 실행’을 누르면 순전파와 역전파를 따라가 봅니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights loaded from a file</source>
        <translation>파일에서 불러온 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights loaded from a file, then trained {steps} steps</source>
        <translation>파일에서 불러와 {steps} 스텝 학습한 가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights after {steps} training steps</source>
        <translation>{steps} 스텝 학습한 가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random initial weights, not trained yet</source>
        <translation>아직 학습하지 않은 무작위 초기 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weights} · {arch} · {act} · a batch of {n} test images · computed in float64 on a copy: the network is not changed.</source>
        <translation>{weights} · {arch} · {act} · 시험 이미지 {n}개의 배치 · 사본에서 float64로 계산하므로 신경망은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network has changed since ({why}): run the step again.</source>
        <translation>그 뒤로 신경망이 바뀌었습니다({why}). 스텝을 다시 실행하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has trained on since (step {now}): run the step again for the latest weights.</source>
        <translation>그 뒤로 학습이 더 진행되었습니다(스텝 {now}). 최신 가중치를 보려면 스텝을 다시 실행하십시오.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{layer} forward</source>
        <translation>{layer} 순전파</translation>
    </message>
</context>
<context>
    <name>PendingNote</name>
    <message>
        <location filename="../../gui/architecture_sync.py" line="-73"/>
        <source>The architecture controls apply when the network is built: by Reset, or by Start when the architecture differs.</source>
        <translation>구조 설정은 신경망을 만들 때 적용됩니다. 초기화를 누르거나, 구조가 다를 때 시작을 누르면 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <location filename="../../gui/draw/prediction.py" line="+160"/>
        <source>What the network sees: its input image, one square per pixel,
white = 1 (ink), black = 0</source>
        <translation>신경망이 보는 것: 입력 이미지, 픽셀 하나가 사각형 하나,
흰색 = 1(잉크), 검은색 = 0</translation>
    </message>
</context>
<context>
    <name>PredictingNetwork</name>
    <message>
        <location filename="../../gui/draw/model.py" line="+138"/>
        <source>Predicting with: the bundled pre-trained model ({0}, test accuracy {1:.2%})</source>
        <translation>예측하는 신경망: 함께 제공된 사전 학습 모델({0}, 시험 정확도 {1:.2%})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicting with: the bundled pre-trained model ({0})</source>
        <translation>예측하는 신경망: 함께 제공된 사전 학습 모델({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your network takes over once it has trained a step.</source>
        <translation>여러분의 신경망이 한 스텝이라도 학습하면 그 신경망으로 바뀝니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as loaded from the file</source>
        <translation>파일에서 불러온 그대로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random initial weights, not trained yet</source>
        <translation>무작위 초기 가중치, 아직 학습 전</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {0:,}</source>
        <translation>스텝 {0:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicting with: your network ({0}, {1}, test accuracy {2:.2%})</source>
        <translation>예측하는 신경망: 여러분의 신경망({0}, {1}, 시험 정확도 {2:.2%})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicting with: your network ({0}, {1})</source>
        <translation>예측하는 신경망: 여러분의 신경망({0}, {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, PLANTED BUG: {0}</source>
        <translation>, 심어 둔 버그: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The bundled pre-trained model is unavailable: {0}</source>
        <translation>함께 제공된 사전 학습 모델을 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(The pre-trained model reads MNIST digits only.)</source>
        <translation>(사전 학습 모델은 MNIST 숫자만 읽습니다.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No network yet: the data set is still loading.</source>
        <translation>아직 신경망이 없습니다. 데이터셋을 불러오는 중입니다.</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <location filename="../../gui/draw/prediction.py" line="-112"/>
        <source>1 · Crop to the ink</source>
        <translation>1 · 잉크 부분 잘라내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cropped to the ink: {h} × {w} canvas pixels</source>
        <translation>잉크 부분만 잘라냄: 캔버스 픽셀 {h} × {w}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Fit into 20 × 20</source>
        <translation>2 · 20 × 20에 맞추기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longer side fitted to 20 pixels: {h} × {w}</source>
        <translation>긴 변을 20픽셀에 맞춤: {h} × {w}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 · Centre by mass = input</source>
        <translation>4 · 무게중심 맞추기 = 입력</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>The network&apos;s guess</source>
        <translation>신경망의 예측</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class with the highest probability</source>
        <translation>확률이 가장 높은 클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its probability: the softmax of the network&apos;s scores.
A confident network can still be wrong.</source>
        <translation>그 확률: 신경망 점수의 softmax.
확신하는 신경망도 틀릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the network sees</source>
        <translation>신경망이 보는 것</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>3 · Place in {side} × {side}</source>
        <translation>3 · {side} × {side}에 놓기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed in the middle of a {side} × {side} field</source>
        <translation>{side} × {side} 영역의 가운데에 놓음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>centred by mass (moved {dy:+d}, {dx:+d} px): these {n} pixels are the input</source>
        <translation>무게중심을 가운데로 옮김(이동 {dy:+d}, {dx:+d} px): 이 {n} 픽셀이 입력입니다</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Show a step of the preprocessing that turns the drawing into
an MNIST-style {0} × {0} input (step 4 is what the network reads)</source>
        <translation>그림을 MNIST 형식의 {0} × {0} 입력으로 바꾸는 전처리 단계를 봅니다
(4단계가 신경망이 읽는 입력입니다)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>Draw a digit</source>
        <translation>숫자를 그려 보십시오</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The network&apos;s guess appears here as you draw.</source>
        <translation>그리는 동안 신경망의 예측이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No guess: the network&apos;s outputs are not numbers</source>
        <translation>예측 불가: 신경망의 출력이 수가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network has diverged. Reset it, or lower the learning rate.</source>
        <translation>이 신경망은 발산했습니다. 초기화하거나 학습률을 낮추십시오.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing to see yet.</source>
        <translation>아직 볼 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location line="-343"/>
        <source>The network&apos;s probability for each class (softmax of its scores).
The highest, its guess, is blue and bold.</source>
        <translation>클래스별 신경망의 확률(점수의 softmax).
가장 높은 것이 예측이며 파란 굵은 글씨로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../gui/exercises/results.py" line="+41"/>
        <source>What the check found, step by step.</source>
        <translation>확인 결과를 단계별로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the missing part, then press Check: the lab runs your layer in a separate process and compares its backward with numerical gradients.</source>
        <translation>빠진 부분을 작성한 뒤 확인을 누르십시오. 별도의 프로세스에서 계층을 실행하고 backward를 수치 미분과 비교합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct: your backward agrees with the numerical gradient.</source>
        <translation>정답입니다. backward가 수치 미분과 일치합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syntax error on line {0}: {1}</source>
        <translation>{0}번째 줄에 구문 오류: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file stops with an error on line {0}: {1}</source>
        <translation>파일이 {0}번째 줄에서 오류로 멈춥니다: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped after {0:g} s: does your code loop forever?</source>
        <translation>{0:g}초 후에 멈췄습니다. 코드가 무한 루프에 빠지지 않았나요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your code asked for more memory than the check allows and was stopped.</source>
        <translation>코드가 허용된 것보다 많은 메모리를 요청해서 멈췄습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file defines none of the classes this exercise asks for.</source>
        <translation>파일에 이 연습 문제가 요구하는 클래스가 하나도 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was cancelled.</source>
        <translation>확인이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not run your file: {0}</source>
        <translation>파일을 확인할 수 없었습니다: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Diagnosis: {0}.</source>
        <translation>진단: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a two-layer network this makes {0} wrong{1}.</source>
        <translation>2층 신경망에서는 이 때문에 {0}이(가) 틀립니다{1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {0} stay right</source>
        <translation>; {0}은(는) 맞습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (line {0})</source>
        <translation> ({0}번째 줄)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} raised {1}{2}</source>
        <translation>{0}에서 {1} 발생{2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} has shape {2}, expected {3}</source>
        <translation>{0}: {1}의 형상이 {2}입니다. 기대한 형상은 {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gradient(): a forward pass, then backward from the loss through the layers in reverse</source>
        <translation>gradient(): 순전파 후, 손실에서 시작해 계층을 역순으로 역전파합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>params must hold W1, b1, W2 and b2 with the shapes {0}</source>
        <translation>params에는 형상이 {0}인 W1, b1, W2, b2가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grads[&apos;{0}&apos;] is {1}</source>
        <translation>grads[&apos;{0}&apos;]는 {1}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient() must return W1, b1, W2 and b2, each the dW or db of its own Affine layer</source>
        <translation>gradient()는 W1, b1, W2, b2를 반환해야 하며, 각각 해당 Affine 계층의 dW 또는 db여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backward must return two gradients: dx, dy</source>
        <translation>backward는 두 기울기 dx, dy를 반환해야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forward gives other values than the book&apos;s layer (largest difference {0:.2g})</source>
        <translation>forward가 책의 계층과 다른 값을 냅니다(최대 차이 {0:.2g})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward: right shape and values</source>
        <translation>forward: 형상과 값이 맞습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backward: gradients of the right shapes</source>
        <translation>backward: 기울기의 형상이 맞습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backward writes into dout, as the book&apos;s own Relu does: harmless in the book&apos;s network, since nothing reads dout afterwards</source>
        <translation>backward가 dout에 값을 씁니다. 책의 Relu도 그렇게 하며, 이후에 dout을 읽는 곳이 없으므로 책의 신경망에서는 문제가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward changes the array it was given; harmless here, but a copy is safer</source>
        <translation>forward가 받은 배열을 바꿉니다. 여기서는 문제없지만 복사하는 편이 안전합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaves its inputs as they were</source>
        <translation>입력을 그대로 둡니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backward agrees with central differences of your forward</source>
        <translation>backward가 여러분의 forward의 중심 차분과 일치합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward disagrees with central differences of your forward in: {0}</source>
        <translation>backward가 여러분의 forward의 중심 차분과 다릅니다: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a 784-50-10 network with your layer passes the gradient check on {0} MNIST digits</source>
        <translation>여러분의 계층을 쓴 784-50-10 신경망이 MNIST 숫자 {0}개에 대한 기울기 확인을 통과합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a network with your layer gets wrong gradients for: {0}</source>
        <translation>여러분의 계층을 쓴 신경망의 기울기가 틀립니다: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gradient() never calls a layer&apos;s backward</source>
        <translation>gradient()가 어떤 계층의 backward도 호출하지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient() runs backward without a forward pass first: the layers still hold what an earlier forward kept. Call self.loss(x, t) first.</source>
        <translation>gradient()가 순전파 없이 역전파합니다. 계층에는 이전 순전파가 보관한 값이 남아 있습니다. 먼저 self.loss(x, t)를 호출합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gradient() never calls self.lastLayer.backward: the backward pass starts at the loss</source>
        <translation>gradient()가 self.lastLayer.backward를 호출하지 않습니다. 역전파는 손실에서 시작합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gradient() runs backward through the layers in forward order: it must go in reverse (layers.reverse())</source>
        <translation>gradient()가 계층을 순전파 순서대로 역전파합니다. 역순이어야 합니다 (layers.reverse())</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gradient() skips the backward of: {0}</source>
        <translation>gradient()가 다음 계층의 backward를 건너뜁니다: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}.backward does not get the gradient the layer above returned: write dout = layer.backward(dout)</source>
        <translation>{0}.backward가 위 계층이 반환한 기울기를 받지 않습니다. dout = layer.backward(dout)로 작성합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gradient() calls the layers&apos; backward out of order</source>
        <translation>gradient()가 계층의 backward를 잘못된 순서로 호출합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (it called: {0})</source>
        <translation> (호출 순서: {0})</translation>
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
        <translation>수치 확인</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the network check</source>
        <translation>신경망 확인</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <location filename="../../gui/run_actions.py" line="+72"/>
        <source>Start / Pause</source>
        <translation>시작 / 일시정지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start training, or pause and resume it</source>
        <translation>학습을 시작하거나, 일시정지하고 계속합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step one mini-batch</source>
        <translation>미니배치 한 스텝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train exactly one mini-batch, then pause</source>
        <translation>미니배치 하나만 학습하고 일시정지합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop training</source>
        <translation>학습을 멈춥니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset weights</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New random weights; the plots start afresh</source>
        <translation>새 무작위 가중치로 바꾸고 그래프를 새로 시작합니다</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>New random weights from seed {0}.</source>
        <translation>시드 {0}로 새 무작위 가중치를 만들었습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot start: {0}</source>
        <translation>시작할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Paused: Space resumes, N trains one more mini-batch</source>
        <translation>일시정지: Space로 계속하고, N으로 미니배치 하나를 더 학습합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} Press Start to try again with new weights (the curves stay for comparison).</source>
        <translation>{0} 시작을 누르면 새 가중치로 다시 합니다(비교할 수 있게 곡선은 남겨 둡니다).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped at step {0:,}. Start continues from here.</source>
        <translation>스텝 {0:,}에서 멈췄습니다. 시작을 누르면 여기서부터 계속합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at step {0:,}: test accuracy {1:.4f}. Start continues from here.</source>
        <translation>스텝 {0:,}에서 멈췄습니다. 시험 정확도 {1:.4f}. 시작을 누르면 여기서부터 계속합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {0:,} steps, test accuracy {1:.4f}, train accuracy {2:.4f}.</source>
        <translation>완료: {0:,} 스텝, 시험 정확도 {1:.4f}, 훈련 정확도 {2:.4f}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training stopped with an error: {0}</source>
        <translation>오류로 학습이 멈췄습니다: {0}</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../gui/run_bar.py" line="+83"/>
        <source>Train the current network (Space)</source>
        <translation>현재 신경망을 학습합니다 (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume training (Space)</source>
        <translation>학습을 일시정지하거나 계속합니다 (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train exactly one mini-batch, then pause (N)</source>
        <translation>미니배치 하나만 학습하고 일시정지합니다 (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training after this mini-batch (Esc)</source>
        <translation>이 미니배치가 끝나면 학습을 멈춥니다 (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New random weights; the plots start afresh (R)</source>
        <translation>새 무작위 가중치로 바꾸고 그래프를 새로 시작합니다 (R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../gui/train/status.py" line="+51"/>
        <source>How much of this run is done</source>
        <translation>이번 학습의 진행률</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mini-batch updates made so far</source>
        <translation>지금까지의 미니배치 갱신 횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training set so far</source>
        <translation>지금까지 훈련 데이터를 돈 횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training speed, mini-batches per second</source>
        <translation>학습 속도(초당 미니배치 수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training time so far, and the estimated time left</source>
        <translation>지금까지의 학습 시간과 남은 예상 시간</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>step -</source>
        <translation>스텝 -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch -</source>
        <translation>에폭 -</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>- steps/s</source>
        <translation>- 스텝/s</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>elapsed - / remaining -</source>
        <translation>경과 - / 남음 -</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step {0:,}</source>
        <translation>스텝 {0:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch {0:.2f}</source>
        <translation>에폭 {0:.2f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,.0f} steps/s</source>
        <translation>{0:,.0f} 스텝/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed {0} / remaining {1}</source>
        <translation>경과 {0} / 남음 {1}</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <location filename="../../gui/classroom/comparison.py" line="+54"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s name: the lesson variant, or its hyperparameters</source>
        <translation>실행 이름: 실습의 변형 또는 하이퍼파라미터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test acc</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy on the test images at the end (bold: the best)</source>
        <translation>끝났을 때 시험 이미지에 대한 정확도(굵은 글씨: 최고)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train acc</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy on the training images at the end</source>
        <translation>끝났을 때 훈련 이미지에 대한 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss of the last mini-batch (with weight decay, plus the penalty)</source>
        <translation>마지막 미니배치의 손실(가중치 감소가 있으면 벌칙 포함)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batch updates this network had made when the run ended</source>
        <translation>실행이 끝났을 때 이 신경망의 미니배치 갱신 횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training time, evaluation excluded</source>
        <translation>학습 시간(평가 제외)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done, stopped by the user, or diverged</source>
        <translation>완료, 사용자가 중지, 또는 발산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer sizes from input to output</source>
        <translation>입력에서 출력까지의 층 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activation after each hidden layer</source>
        <translation>각 은닉층 뒤의 활성화 함수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init</source>
        <translation>초깃값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the initial weights were drawn</source>
        <translation>가중치 초깃값을 뽑은 방법</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update rule</source>
        <translation>갱신 방법</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate at the end of the run</source>
        <translation>실행이 끝났을 때의 학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decay λ</source>
        <translation>감소 λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay λ (none: 0)</source>
        <translation>가중치 감소 λ(없음: 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train size</source>
        <translation>훈련 데이터 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training images used (all: the whole training set)</source>
        <translation>사용한 훈련 이미지 수(전체: 훈련 데이터 전부)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>batch={0}</source>
        <translation>배치={0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>augmented</source>
        <translation>확장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed={0}</source>
        <translation>시드={0}</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Finished runs, one per row. Bold: the best test accuracy. Grey: settings every run shares. Click a column header to sort.</source>
        <translation>끝난 실행을 한 행씩 보여 줍니다. 굵은 글씨: 가장 높은 시험 정확도. 회색: 모든 실행에 공통인 설정. 열 제목을 누르면 정렬합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear runs</source>
        <translation>실행 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every run from this table and its ghost curve from the plots (&apos;Undo clear&apos; brings them back)</source>
        <translation>이 표의 모든 실행과 그래프의 잔상 곡선을 지웁니다(&apos;지우기 취소&apos;로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Undo clear ({0})</source>
        <translation>지우기 취소({0})</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Put back the runs and ghost curves &apos;Clear runs&apos; removed</source>
        <translation>&apos;실행 지우기&apos;로 지운 실행과 잔상 곡선을 되돌립니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ghost curves</source>
        <translation>잔상 곡선 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the faint curves that finished runs leave on the loss and accuracy plots</source>
        <translation>끝난 실행이 손실·정확도 그래프에 남기는 흐린 곡선을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The best test accuracy in the table</source>
        <translation>표에서 가장 높은 시험 정확도</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finished runs will appear here, one row each, to compare their settings and final accuracy.</source>
        <translation>끝난 실행이 여기에 한 행씩 나타나, 설정과 최종 정확도를 비교할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bold: the best test accuracy. Grey: settings every run shares, so what differs stands out.</source>
        <translation>굵은 글씨: 가장 높은 시험 정확도. 회색: 모든 실행에 공통인 설정이어서 다른 부분이 눈에 띕니다.</translation>
    </message>
</context>
<context>
    <name>SeedRow</name>
    <message>
        <location filename="../../gui/train/seed.py" line="+41"/>
        <source>Fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked: every Reset gives the same initial weights (this seed).
Not ticked: every Reset draws a new seed, shown in the box.</source>
        <translation>체크하면: 초기화할 때마다 같은 초기 가중치(이 시드)를 씁니다.
체크하지 않으면: 초기화할 때마다 새 시드를 뽑아 칸에 표시합니다.</translation>
    </message>
</context>
<context>
    <name>SourceSwitch</name>
    <message>
        <location filename="../../gui/draw/source_switch.py" line="+51"/>
        <source>Pre-trained model</source>
        <translation>사전 학습 모델</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My network</source>
        <translation>내 신경망</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the drawing with the bundled model, trained on all of MNIST beforehand (it reads MNIST digits only)</source>
        <translation>미리 MNIST 전체로 학습해 함께 제공된 모델로 그림을 읽습니다(MNIST 숫자만 읽습니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the drawing with the network you are training (a copy, refreshed as it trains), even before it has learned anything</source>
        <translation>학습 중인 여러분의 신경망(학습에 따라 갱신되는 사본)으로 그림을 읽습니다. 아직 아무것도 배우지 않았어도 됩니다</translation>
    </message>
</context>
<context>
    <name>SpeedControl</name>
    <message>
        <location filename="../../gui/train/speed.py" line="+66"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-batches per second, also while a run goes on. At 10 or fewer (slow motion, in bold) the loss plot follows the latest steps, each step&apos;s loss a dot.</source>
        <translation>초당 미니배치 수입니다. 학습 중에도 바꿀 수 있습니다. 10 이하(슬로 모션, 굵은 글씨)에서는 손실 그래프가 최근 스텝을 따라가며 스텝마다 손실을 점으로 표시합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>{0} steps/s</source>
        <translation>{0} 스텝/s</translation>
    </message>
</context>
<context>
    <name>TabListButton</name>
    <message>
        <location filename="../../gui/tab_list.py" line="+38"/>
        <source>All tabs</source>
        <translation>모든 탭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tab in a list: the window is too narrow to show all their names</source>
        <translation>모든 탭을 목록으로 봅니다. 창이 좁아 탭 이름을 모두 보여 줄 수 없습니다</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../gui/exercises/training.py" line="+104"/>
        <source>Train with my layers</source>
        <translation>내 계층으로 학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the book&apos;s two-layer net on MNIST with your passing classes (the book&apos;s for the rest), in a separate process</source>
        <translation>통과한 내 클래스(나머지는 책의 것)로 책의 2층 신경망을 MNIST에서 별도 프로세스로 학습합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training</source>
        <translation>학습을 중지합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs:</source>
        <translation>에폭:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many passes over the 60,000 training images</source>
        <translation>60,000개의 훈련 이미지를 몇 번 반복할지 정합니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loss per mini-batch</source>
        <translation>미니배치별 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy per epoch</source>
        <translation>에폭별 시험 정확도</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your classes: {0}.</source>
        <translation>내 클래스: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book&apos;s: {0}.</source>
        <translation>책의 클래스: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training… step {0}</source>
        <translation>학습 중… 스텝 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {0:.1%} of the test digits recognised by your code.</source>
        <translation>완료: 내 코드가 시험 숫자의 {0:.1%}를 인식했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (line {0})</source>
        <translation> ({0}번째 줄)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your code raised {0}{1} while training.</source>
        <translation>학습 중 내 코드에서 {0}{1} 오류가 발생했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: no progress for {0:g} s. Does your code loop forever?</source>
        <translation>멈췄습니다: {0:g}초 동안 진행이 없었습니다. 코드가 무한 루프에 빠지지 않았나요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The training process ended: {0}</source>
        <translation>학습 프로세스가 종료되었습니다: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solve Relu, Affine, SoftmaxWithLoss or TwoLayerNet&apos;s gradient first: then your code can learn MNIST.</source>
        <translation>먼저 Relu, Affine, SoftmaxWithLoss 또는 TwoLayerNet의 gradient를 풀어 봅니다. 그러면 내 코드로 MNIST를 학습할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epoch {0}: {1:.1%}</source>
        <translation>에폭 {0}: {1:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy: {0}</source>
        <translation>시험 정확도: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../../gui/train/plots.py" line="+65"/>
        <source>Loss per mini-batch</source>
        <translation>미니배치별 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy at each evaluation</source>
        <translation>평가 시점별 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>mini-batch loss</source>
        <translation>미니배치 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed (EMA)</source>
        <translation>평활값(EMA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>시험</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Smoothing of the blue loss line: an exponential moving average (EMA). Each point is a·(previous average) + (1−a)·(new loss). 0 shows the raw losses; near 1 the line is smoother but reacts later.</source>
        <translation>파란 손실 곡선의 평활화: 지수이동평균(EMA). 각 점은 a·(이전 평균) + (1−a)·(새 손실)입니다. 0이면 원래 손실을 그대로 보여 주고, 1에 가까울수록 곡선이 매끄러워지지만 늦게 반응합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the loss on a logarithmic axis: small late improvements become visible.</source>
        <translation>손실을 로그 축으로 보여 줍니다. 후반의 작은 개선이 잘 보입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss of every mini-batch (grey) and its moving average (blue). Drag to pan, wheel to zoom, right-click for more.</source>
        <translation>미니배치마다의 손실(회색)과 그 이동평균(파랑). 드래그로 이동, 휠로 확대·축소, 오른쪽 클릭으로 메뉴를 엽니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train and test accuracy at each evaluation. Drag to pan, wheel to zoom, right-click for more.</source>
        <translation>평가할 때마다의 훈련·시험 정확도. 드래그로 이동, 휠로 확대·축소, 오른쪽 클릭으로 메뉴를 엽니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values at the point nearest the mouse (the dashed line on the plots).</source>
        <translation>마우스에 가장 가까운 점의 값(그래프의 점선 위치).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+161"/>
        <source>Point at a plot to read its values.</source>
        <translation>그래프 위를 가리키면 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>run {0}</source>
        <translation>실행 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/train/readout.py" line="+26"/>
        <source>step {0}: loss {1:.4f} (smoothed {2:.4f})</source>
        <translation>스텝 {0}: 손실 {1:.4f} (평활값 {2:.4f})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step {0}: train acc {1}, test acc {2:.4f}</source>
        <translation>스텝 {0}: 훈련 정확도 {1}, 시험 정확도 {2:.4f}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}, step {1}: smoothed loss {2:.4f}</source>
        <translation>{0}, 스텝 {1}: 평활 손실 {2:.4f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data yet.</source>
        <translation>아직 데이터가 없습니다.</translation>
    </message>
</context>
<context>
    <name>TrendPlots</name>
    <message>
        <location filename="../../gui/health/trends.py" line="+65"/>
        <source>Gradient norm log₁₀‖dout‖ per layer</source>
        <translation>층별 기울기 노름 log₁₀‖dout‖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update ratio (log₁₀); −3 is healthy</source>
        <translation>갱신 비율 (log₁₀), −3이 건강</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much gradient reaches each hidden layer (its colour is the square by the layer&apos;s title): lines far apart mean it shrinks or grows on the way back</source>
        <translation>각 은닉층에 도달하는 기울기의 크기입니다(색은 층 제목 옆 사각형의 색입니다). 선들이 멀리 떨어져 있으면 되돌아가는 동안 기울기가 작아지거나 커지는 것입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log₁₀(std(lr·dW) / std(W)): how big one SGD step is next to the weights it changes. Near −3 the layer learns steadily; far below it hardly moves, near −1 it jumps</source>
        <translation>log₁₀(std(lr·dW) / std(W)): SGD 한 스텝이 바꾸는 가중치에 비해 얼마나 큰지 나타냅니다. −3 근처면 층이 꾸준히 학습하고, 훨씬 아래면 거의 움직이지 않으며, −1 근처면 크게 튑니다</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <location filename="../../gui/view_actions.py" line="+93"/>
        <source>Presentation mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, large type and thick lines, high contrast, advanced controls hidden: for a projector</source>
        <translation>전체 화면, 큰 글씨와 굵은 선, 높은 대비, 고급 설정 숨김: 프로젝터용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings column</source>
        <translation>설정 열</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the network and training settings on the left, to give the tabs the whole width</source>
        <translation>왼쪽의 네트워크·학습 설정을 보이거나 숨깁니다. 숨기면 탭이 창의 너비를 모두 씁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light theme</source>
        <translation>밝은 테마</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the light colour theme</source>
        <translation>밝은 색 테마를 씁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark theme</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the dark colour theme</source>
        <translation>어두운 색 테마를 씁니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the interface in {0}</source>
        <translation>화면 언어 바꾸기: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training to switch the language</source>
        <translation>언어를 바꾸려면 학습을 멈추십시오</translation>
    </message>
</context>
<context>
    <name>WeightTilesPanel</name>
    <message>
        <location filename="../../gui/inside/tiles.py" line="+82"/>
        <source>Hidden-unit weights W1</source>
        <translation>은닉 뉴런의 가중치 W1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first layer&apos;s weights: one tile per hidden unit (unit 1, 2, ... left to right, top to bottom). Red pixels: ink there excites the unit; blue pixels: ink there inhibits it.</source>
        <translation>첫 번째 층의 가중치: 은닉 뉴런마다 타일 하나(뉴런 1, 2, ...는 왼쪽에서 오른쪽, 위에서 아래로). 빨간 픽셀은 그곳의 잉크가 뉴런을 흥분시키고, 파란 픽셀은 억제합니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The inputs are not square images, so the weights cannot be shown as pictures.</source>
        <translation>입력이 정사각형 이미지가 아니어서 가중치를 그림으로 보여 줄 수 없습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each tile: the {0} weights into one hidden unit, shown as an image: {1} = positive, {2} = negative (each tile scaled by its own largest |w|).</source>
        <translation>타일 하나는 은닉 뉴런 하나로 들어오는 가중치 {0}개를 이미지로 보인 것입니다. {1} = 양수, {2} = 음수(타일마다 그 안에서 가장 큰 |w|에 맞춰 척도를 정함).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the first {0} of {1} hidden units.</source>
        <translation>은닉 뉴런 {1}개 중 앞쪽 {0}개를 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some weights are not finite (the run diverged): press Reset.</source>
        <translation>일부 가중치가 유한하지 않습니다(학습이 발산함). 초기화를 누르십시오.</translation>
    </message>
</context>
</TS>
