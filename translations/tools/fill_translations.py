#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fills the zh_HK (Traditional) and zh_CN (Simplified) .ts files from the glossary below.

Run after `lupdate` (the update_translations target); messages missing from the glossary stay
unfinished so Qt Linguist shows them to a translator. Placeholders (%1, %n) and HTML are kept.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# source -> (zh_HK, zh_CN)
GLOSSARY = {
    'MedDr chat': ('MedDr 對話', 'MedDr 对话'),
    '<p><b>Ask MedDr about the image on screen.</b></p><p>No chat server is configured, so nothing is sent anywhere.</p><p>When connected to an OpenAI-compatible server (LMDeploy, vLLM, llama.cpp) or a local model package, the current MRI panel or slide viewport is attached as rendered pixels only &mdash; never DICOM headers or patient identifiers &mdash; and you see exactly what will be sent before the first message.</p><p><i>Answers from a language model are not a diagnosis.</i></p>':
        ('<p><b>向 MedDr 查詢畫面上的影像。</b></p><p>尚未設定對話伺服器，因此不會傳送任何資料。</p><p>連接 OpenAI 相容伺服器（LMDeploy、vLLM、llama.cpp）或本機模型套件後，只會附上目前 MRI 面板或切片視窗的已渲染像素 &mdash; 絕不包括 DICOM 標頭或病人識別資料 &mdash; 並會在首次傳送前讓你確認將傳送的內容。</p><p><i>語言模型的回答並非診斷。</i></p>',
         '<p><b>向 MedDr 询问屏幕上的影像。</b></p><p>尚未配置对话服务器，因此不会发送任何数据。</p><p>连接 OpenAI 兼容服务器（LMDeploy、vLLM、llama.cpp）或本地模型包后，只会附上当前 MRI 面板或切片视图的渲染像素 &mdash; 绝不包括 DICOM 头信息或患者标识 &mdash; 并会在首次发送前让你确认将发送的内容。</p><p><i>语言模型的回答不是诊断。</i></p>'),
    'Chat backend not configured': ('未設定對話後端', '未配置对话后端'),
    'Send': ('傳送', '发送'),
    'Demo preparation stopped.': ('示範資料準備已停止。', '演示数据准备已停止。'),
    'Explanations': ('解釋', '解释'),
    '<p>AI results and the reasons behind them appear here.</p>': ('<p>人工智能結果及其理由會在此顯示。</p>', '<p>人工智能结果及其理由会在此显示。</p>'),
    '<p><b>%1</b></p><p>Running on the inference engine&hellip;</p>': ('<p><b>%1</b></p><p>正在推理引擎上執行&hellip;</p>', '<p><b>%1</b></p><p>正在推理引擎上运行&hellip;</p>'),
    "<p style='color:#ffd98a'><b>Not a validated clinical model.</b> Output is for demonstration and must not be used for diagnosis.</p>":
        ("<p style='color:#ffd98a'><b>並非經驗證的臨床模型。</b>輸出僅供示範，不得用於診斷。</p>",
         "<p style='color:#ffd98a'><b>并非经验证的临床模型。</b>输出仅供演示，不得用于诊断。</p>"),
    '<p><small>Intended use: %1</small></p>': ('<p><small>預期用途：%1</small></p>', '<p><small>预期用途：%1</small></p>'),
    '<p><b>Contribution of each input</b></p>': ('<p><b>各輸入的貢獻</b></p>', '<p><b>各输入的贡献</b></p>'),
    '<p><b>Why</b></p><ul>': ('<p><b>原因</b></p><ul>', '<p><b>原因</b></p><ul>'),
    '<p><small>%1 s on %2</small></p>': ('<p><small>%1 秒，於 %2</small></p>', '<p><small>%1 秒，在 %2 上</small></p>'),
    "<p><b>%1</b></p><p style='color:#e08080'>%2</p>": ("<p><b>%1</b></p><p style='color:#e08080'>%2</p>", "<p><b>%1</b></p><p style='color:#e08080'>%2</p>"),
    'Inference queue': ('推理佇列', '推理队列'),
    'Job': ('工作', '任务'),
    'Task': ('項目', '项目'),
    'State': ('狀態', '状态'),
    'Progress': ('進度', '进度'),
    'Queued': ('排隊中', '排队中'),
    'Cancel': ('取消', '取消'),
    'Cancelling…': ('正在取消…', '正在取消…'),
    'Running': ('執行中', '运行中'),
    'Done in %1 s': ('完成，用時 %1 秒', '完成，用时 %1 秒'),
    'Cancelled': ('已取消', '已取消'),
    'Failed: %1': ('失敗：%1', '失败：%1'),
    'Failed': ('失敗', '失败'),
    'AI engine: idle': ('AI 引擎：閒置', 'AI 引擎：空闲'),
    'AI engine: loading %1': ('AI 引擎：正在載入 %1', 'AI 引擎：正在加载 %1'),
    'AI engine: running job %1 (%2 queued)': ('AI 引擎：正在執行工作 %1（%2 個排隊中）', 'AI 引擎：正在运行任务 %1（%2 个排队中）'),
    'AI engine: running job %1': ('AI 引擎：正在執行工作 %1', 'AI 引擎：正在运行任务 %1'),
    'AI engine: error — %1': ('AI 引擎：錯誤 — %1', 'AI 引擎：错误 — %1'),
    'Breast MRI — no study open': ('乳房 MRI — 未開啟檢查', '乳腺 MRI — 未打开检查'),
    'Pathology slide — no slide open': ('病理切片 — 未開啟切片', '病理切片 — 未打开切片'),
    'OncoView': ('OncoView', 'OncoView'),
    'Cannot open study': ('無法開啟檢查', '无法打开检查'),
    'Study loading cancelled': ('已取消載入檢查', '已取消加载检查'),
    'Cannot prepare the demo': ('無法準備示範資料', '无法准备演示数据'),
    '&File': ('檔案(&F)', '文件(&F)'),
    'Open &Study Folder…': ('開啟檢查資料夾(&S)…', '打开检查文件夹(&S)…'),
    'Open DICOM study folder': ('開啟 DICOM 檢查資料夾', '打开 DICOM 检查文件夹'),
    'Open Study &File…': ('開啟檢查檔案(&F)…', '打开检查文件(&F)…'),
    'Open NIfTI or DICOM file': ('開啟 NIfTI 或 DICOM 檔案', '打开 NIfTI 或 DICOM 文件'),
    'Images (*.nii *.nii.gz *.dcm);;All files (*)': ('影像 (*.nii *.nii.gz *.dcm);;所有檔案 (*)', '影像 (*.nii *.nii.gz *.dcm);;所有文件 (*)'),
    'Ctrl+Shift+O': ('Ctrl+Shift+O', 'Ctrl+Shift+O'),
    'Open S&lide…': ('開啟切片(&L)…', '打开切片(&L)…'),
    'Open whole-slide image': ('開啟全切片影像', '打开全切片图像'),
    'Slides (%1);;All files (*)': ('切片 (%1);;所有檔案 (*)', '切片 (%1);;所有文件 (*)'),
    'Ctrl+Shift+L': ('Ctrl+Shift+L', 'Ctrl+Shift+L'),
    'Open &Recent': ('最近開啟(&R)', '最近打开(&R)'),
    'Open &Demo Study and Slide': ('開啟示範檢查及切片(&D)', '打开演示检查和切片(&D)'),
    '&Quit': ('結束(&Q)', '退出(&Q)'),
    '&View': ('檢視(&V)', '视图(&V)'),
    '&Help': ('說明(&H)', '帮助(&H)'),
    '&About OncoView': ('關於 OncoView(&A)', '关于 OncoView(&A)'),
    'About OncoView': ('關於 OncoView', '关于 OncoView'),
    "<p><b>OncoView %1</b></p><p>Research workstation for breast MRI and whole-slide pathology with AI assistance.</p><p>AI output is labelled with its model's validation status. Demonstration models are trained on synthetic data and are not for diagnosis.</p>":
        ('<p><b>OncoView %1</b></p><p>結合人工智能輔助的乳房 MRI 及全切片病理研究工作站。</p><p>AI 輸出會標示其模型的驗證狀態。示範模型以合成資料訓練，不可用於診斷。</p>',
         '<p><b>OncoView %1</b></p><p>结合人工智能辅助的乳腺 MRI 和全切片病理研究工作站。</p><p>AI 输出会标明其模型的验证状态。演示模型使用合成数据训练，不可用于诊断。</p>'),
    'Opening %1': ('正在開啟 %1', '正在打开 %1'),
    'Opening slide %1…': ('正在開啟切片 %1…', '正在打开切片 %1…'),
    'Cannot open slide': ('無法開啟切片', '无法打开切片'),
    'Preparing demo data': ('正在準備示範資料', '正在准备演示数据'),
    ' — phase %1 of %2 (%3)': (' — 第 %1／%2 期（%3）', ' — 第 %1/%2 期（%3）'),
    'Breast MRI — %1 — %2': ('乳房 MRI — %1 — %2', '乳腺 MRI — %1 — %2'),
    'Pathology slide — %1': ('病理切片 — %1', '病理切片 — %1'),
    'Not run: %1.': ('未執行：%1。', '未运行：%1。'),
    'The %1 expert carried the largest share (%2%) of the fused decision.': ('%1 專家在融合決策中佔最大比重（%2%）。', '%1 专家在融合决策中占最大比重（%2%）。'),
    'This model was trained on synthetic phantoms; its scores say nothing about a patient.': ('此模型以合成體模訓練，其分數與任何病人無關。', '此模型使用合成体模训练，其分数与任何患者无关。'),
    'No series loaded': ('未載入序列', '未加载序列'),
    'Crosshair': ('十字線', '十字线'),
    'Crosshair mode (C): left-click places the cursor; off: left-drag changes window/level': ('十字線模式 (C)：左鍵點擊放置游標；關閉時左鍵拖曳調整窗寬／窗位', '十字线模式 (C)：左键单击放置光标；关闭时左键拖动调整窗宽/窗位'),
    'W/L': ('窗寬/窗位', '窗宽/窗位'),
    'Window/level presets (A: auto)': ('窗寬／窗位預設 (A：自動)', '窗宽/窗位预设 (A：自动)'),
    'Reset': ('重設', '重置'),
    'Reset zoom, pan and 3D camera (R in a view)': ('重設縮放、平移及 3D 視角（在視圖中按 R）', '重置缩放、平移和 3D 视角（在视图中按 R）'),
    'Cannot display %1: %2': ('無法顯示 %1：%2', '无法显示 %1：%2'),
    'Writing the demo MRI study (DICOM)': ('正在寫入示範 MRI 檢查 (DICOM)', '正在写入演示 MRI 检查 (DICOM)'),
    'Writing the demo slide (40000 × 30000 pyramidal TIFF)': ('正在寫入示範切片（40000 × 30000 金字塔 TIFF）', '正在写入演示切片（40000 × 30000 金字塔 TIFF）'),
    'Training the demo MRI model on synthetic phantoms': ('正在以合成體模訓練示範 MRI 模型', '正在使用合成体模训练演示 MRI 模型'),
    'Training the demo slide model on synthetic textures': ('正在以合成紋理訓練示範切片模型', '正在使用合成纹理训练演示切片模型'),
    'Breast MRI classifier': ('乳房 MRI 分類器', '乳腺 MRI 分类器'),
    'Malignancy (probability)': ('惡性（機率）', '恶性（概率）'),
    'Response to neoadjuvant chemotherapy (pCR probability)': ('新輔助化療反應（pCR 機率）', '新辅助化疗反应（pCR 概率）'),
    'Scanning %1 of %2 files': ('正在掃描 %1／%2 個檔案', '正在扫描 %1/%2 个文件'),
    'Reading %1': ('正在讀取 %1', '正在读取 %1'),
    '%1: %2': ('%1：%2', '%1：%2'),
    'No recent files': ('沒有最近開啟的檔案', '没有最近打开的文件'),
    'Clear list': ('清除清單', '清除列表'),
    'Series': ('序列', '序列'),
    'No slide open': ('未開啟切片', '未打开切片'),
    'Some tiles could not be read: %1': ('部分圖塊無法讀取：%1', '部分图块无法读取：%1'),
    'The study could not be read.': ('無法讀取此檢查。', '无法读取此检查。'),
    'No DICOM or NIfTI images found.': ('找不到 DICOM 或 NIfTI 影像。', '找不到 DICOM 或 NIfTI 影像。'),
    'OncoView diagnostic workstation (research use)': ('OncoView 診斷工作站（研究用途）', 'OncoView 诊断工作站（研究用途）'),
    'Open the built-in demo study and slide.': ('開啟內置的示範檢查及切片。', '打开内置的演示检查和切片。'),
    'Save a PNG of the window once every view has rendered, then exit.': ('所有視圖渲染完成後儲存視窗的 PNG 並結束。', '所有视图渲染完成后保存窗口的 PNG 并退出。'),
    'Where the demo data lives (generated on first use).': ('示範資料的位置（首次使用時產生）。', '演示数据的位置（首次使用时生成）。'),
    'Seconds to wait for rendering before giving up.': ('放棄前等待渲染的秒數。', '放弃前等待渲染的秒数。'),
    'DICOM folders, NIfTI files or slides.': ('DICOM 資料夾、NIfTI 檔案或切片。', 'DICOM 文件夹、NIfTI 文件或切片。'),
    # Annotation tools (slide viewer).
    'Select': ('選取', '选择'),
    'Select and move; drag a handle to edit a vertex, Alt-click removes it, double-click on an edge adds one; drag empty slide to pan':
        ('選取及移動；拖曳控點可編輯頂點，Alt+點擊可移除頂點，在邊上按兩下可新增頂點；拖曳空白切片區域可平移',
         '选择和移动；拖动控点可编辑顶点，Alt+单击可删除顶点，在边上双击可添加顶点；拖动空白切片区域可平移'),
    'Point': ('點', '点'),
    'Click to place a point': ('點擊以放置一點', '单击以放置一个点'),
    'Rectangle': ('矩形', '矩形'),
    'Drag a rectangle; Shift for a square': ('拖曳繪畫矩形；按住 Shift 繪畫正方形', '拖动绘制矩形；按住 Shift 绘制正方形'),
    'Ellipse': ('橢圓', '椭圆'),
    'Drag an ellipse; Shift for a circle': ('拖曳繪畫橢圓；按住 Shift 繪畫圓形', '拖动绘制椭圆；按住 Shift 绘制圆形'),
    'Polygon': ('多邊形', '多边形'),
    'Click vertices; double-click or Enter closes, Backspace removes the last vertex, Esc cancels':
        ('逐一點擊頂點；按兩下或 Enter 閉合，Backspace 移除最後一個頂點，Esc 取消',
         '逐个单击顶点；双击或 Enter 闭合，Backspace 删除最后一个顶点，Esc 取消'),
    'Freehand': ('手繪', '手绘'),
    'Drag to draw a closed outline': ('拖曳繪畫閉合輪廓', '拖动绘制闭合轮廓'),
    'Brush': ('筆刷', '画笔'),
    'Paint an area with a round brush': ('以圓形筆刷塗繪區域', '使用圆形画笔涂绘区域'),
    'Annotation tools': ('標註工具', '标注工具'),
    ' Class ': (' 類別 ', ' 类别 '),
    'The class new annotations get': ('新標註所屬的類別', '新标注所属的类别'),
    ' Brush ': (' 筆刷 ', ' 画笔 '),
    ' px': (' px', ' px'),
    'Brush diameter on screen': ('筆刷在螢幕上的直徑', '画笔在屏幕上的直径'),
    'Undo': ('復原', '撤销'),
    'Undo (Ctrl+Z)': ('復原 (Ctrl+Z)', '撤销 (Ctrl+Z)'),
    'Redo': ('重做', '重做'),
    'Redo (Ctrl+Shift+Z)': ('重做 (Ctrl+Shift+Z)', '重做 (Ctrl+Shift+Z)'),
    'Copy': ('複製', '复制'),
    'Copy the selection as GeoJSON (Ctrl+C)': ('將所選項目複製為 GeoJSON (Ctrl+C)', '将所选项复制为 GeoJSON (Ctrl+C)'),
    'Paste': ('貼上', '粘贴'),
    'Paste annotations (Ctrl+V)': ('貼上標註 (Ctrl+V)', '粘贴标注 (Ctrl+V)'),
    'Lock': ('鎖定', '锁定'),
    'Lock or unlock the selection (L)': ('鎖定或解鎖所選項目 (L)', '锁定或解锁所选项 (L)'),
    'Delete': ('刪除', '删除'),
    'Delete the selection (Delete)': ('刪除所選項目 (Delete)', '删除所选项 (Delete)'),
    'Unclassified': ('未分類', '未分类'),
    # Measurements.
    'no voxel centre inside': ('範圍內沒有體素中心', '范围内没有体素中心'),
    'mean %1  sd %2\nmin %3  max %4\narea %5 mm² (%6 px)':
        ('平均值 %1  標準差 %2\n最小值 %3  最大值 %4\n面積 %5 mm²（%6 px）',
         '平均值 %1  标准差 %2\n最小值 %3  最大值 %4\n面积 %5 mm²（%6 px）'),
    'px²': ('px²', 'px²'),
    'px': ('px', 'px'),
    # Demo data.
    'Training the demo chat model (a toy, not MedDr)': ('正在訓練示範對話模型（僅作演示，並非 MedDr）', '正在训练演示对话模型（仅作演示，并非 MedDr）'),
    # Slide information.
    'Vendor': ('供應商', '厂商'),
    'Size': ('尺寸', '尺寸'),
    'µm per pixel': ('每像素 µm', '每像素 µm'),
    'Objective': ('物鏡倍率', '物镜倍率'),
    'Level %1': ('第 %1 層', '第 %1 层'),
    'Cannot display: %1': ('無法顯示：%1', '无法显示：%1'),
    'Property': ('屬性', '属性'),
    'Value': ('值', '值'),
    '(unreadable)': ('（無法讀取）', '（无法读取）'),
    # Volume rendering presets.
    'MR default': ('MR 預設', 'MR 默认'),
    'MIP': ('MIP', 'MIP'),
    'DCE subtraction': ('DCE 減影', 'DCE 减影'),
    'T2 soft tissue': ('T2 軟組織', 'T2 软组织'),
    'Volume rendering preset (P cycles)': ('容積渲染預設（按 P 循環切換）', '体绘制预设（按 P 循环切换）'),
    'MRI layout at start: mpr (linked MPR + 3D) or dce (breast DCE reading).':
        ('啟動時的 MRI 版面：mpr（連動 MPR + 3D）或 dce（乳房 DCE 閱片）。',
         '启动时的 MRI 布局：mpr（联动 MPR + 3D）或 dce（乳腺 DCE 阅片）。'),
    # Chat backend (OpenAI-compatible server).
    'No server address is set.': ('尚未設定伺服器位址。', '尚未设置服务器地址。'),
    '"%1" is not an http:// or https:// server address.': ('「%1」不是 http:// 或 https:// 伺服器位址。', '“%1”不是 http:// 或 https:// 服务器地址。'),
    'No valid server address is set.': ('尚未設定有效的伺服器位址。', '尚未设置有效的服务器地址。'),
    'Refusing to send to %1 over plain http://: the image and the API key would travel unencrypted. Use https://, a server on this computer, or allow unencrypted remote servers in the chat settings.':
        ('拒絕經未加密的 http:// 傳送至 %1：影像及 API 金鑰會以未加密方式傳輸。請使用 https://、本機上的伺服器，或在對話設定中允許未加密的遠端伺服器。',
         '拒绝通过未加密的 http:// 发送到 %1：图像和 API 密钥将以未加密方式传输。请使用 https://、本机上的服务器，或在对话设置中允许未加密的远程服务器。'),
    'The server at %1 rejected the API key (HTTP %2). Set the key in the chat settings. Server said: %3':
        ('%1 的伺服器拒絕了 API 金鑰（HTTP %2）。請在對話設定中設定金鑰。伺服器回應：%3',
         '%1 的服务器拒绝了 API 密钥（HTTP %2）。请在对话设置中设置密钥。服务器返回：%3'),
    "The request is too large for the server at %1 (HTTP 413): the image or the conversation exceeds its upload limit. Start a new conversation or raise the server's limit. Server said: %2":
        ('請求對 %1 的伺服器而言過大（HTTP 413）：影像或對話超出其上載上限。請開始新對話或提高伺服器的上限。伺服器回應：%2',
         '请求对 %1 的服务器而言过大（HTTP 413）：图像或对话超出其上传上限。请开始新对话或提高服务器的上限。服务器返回：%2'),
    'The server at %1 does not serve a model named "%2". Check the model name in the chat settings. Server said: %3':
        ('%1 的伺服器沒有提供名為「%2」的模型。請在對話設定中檢查模型名稱。伺服器回應：%3',
         '%1 的服务器没有提供名为“%2”的模型。请在对话设置中检查模型名称。服务器返回：%3'),
    'The model "%1" at %2 cannot take images: the view was not analysed. Use a vision model (MedDr) or send the question without the view. Server said: %3':
        ('%2 上的模型「%1」無法接收影像：畫面未經分析。請使用視覺模型（MedDr），或不附畫面傳送問題。伺服器回應：%3',
         '%2 上的模型“%1”无法接收图像：画面未被分析。请使用视觉模型（MedDr），或不附画面发送问题。服务器返回：%3'),
    '%1 has no chat endpoint at %2 (HTTP 404): the address is not an OpenAI-compatible server. Server said: %3':
        ('%1 在 %2 沒有對話端點（HTTP 404）：此位址並非 OpenAI 相容伺服器。伺服器回應：%3',
         '%1 在 %2 没有对话端点（HTTP 404）：该地址不是 OpenAI 兼容服务器。服务器返回：%3'),
    'The server at %1 answered HTTP %2: %3': ('%1 的伺服器回應 HTTP %2：%3', '%1 的服务器返回 HTTP %2：%3'),
    'Nothing is listening at %1 (connection refused). Is the chat server running, and is the address right?':
        ('%1 沒有任何服務在監聽（連線被拒）。對話伺服器是否正在執行？位址是否正確？',
         '%1 没有任何服务在监听（连接被拒绝）。对话服务器是否正在运行？地址是否正确？'),
    'The server name "%1" cannot be found.': ('找不到伺服器名稱「%1」。', '找不到服务器名称“%1”。'),
    'The server at %1 did not answer in time.': ('%1 的伺服器未能及時回應。', '%1 的服务器未能及时响应。'),
    'The connection to %1 was closed in the middle of the answer: the answer is incomplete.':
        ('與 %1 的連線在回答途中中斷：回答並不完整。', '与 %1 的连接在回答过程中关闭：回答不完整。'),
    'The server at %1 closed the connection without answering.': ('%1 的伺服器未作回應便關閉了連線。', '%1 的服务器未作响应便关闭了连接。'),
    'Network error talking to %1: %2': ('與 %1 通訊時發生網絡錯誤：%2', '与 %1 通信时发生网络错误：%2'),
    'Stopped by the user.': ('已由使用者停止。', '已被用户停止。'),
    'The answer reached the length limit (%1 tokens) and is cut off.': ('回答已達長度上限（%1 個 token），已被截斷。', '回答已达到长度上限（%1 个 token），已被截断。'),
    "The server's content filter stopped the answer.": ('伺服器的內容過濾器中止了回答。', '服务器的内容过滤器中止了回答。'),
    'Not sent: %1 says it cannot take images, so it would answer without seeing the view. Choose a vision model (MedDr) in the chat settings, or untick "Attach view" to ask without the image.':
        ('未傳送：%1 表示無法接收影像，因此會在未看到畫面的情況下作答。請在對話設定中選擇視覺模型（MedDr），或取消勾選「附上畫面」以不附影像提問。',
         '未发送：%1 表示无法接收图像，因此会在未看到画面的情况下作答。请在对话设置中选择视觉模型（MedDr），或取消勾选“附加画面”以不附图像提问。'),
    'The server says the model accepts images.': ('伺服器表示此模型可接收影像。', '服务器表示该模型可接收图像。'),
    'The server says the model does not accept images.': ('伺服器表示此模型不接收影像。', '服务器表示该模型不接收图像。'),
    'The server does not say whether the model accepts images; if it does not, it may ignore the image.':
        ('伺服器未說明此模型是否接收影像；若不接收，可能會忽略影像。', '服务器未说明该模型是否接收图像；如果不接收，可能会忽略图像。'),
    'Not sent: sending to %1 was not confirmed.': ('未傳送：未確認傳送至 %1。', '未发送：未确认发送到 %1。'),
    "Qt's SQLite driver (QSQLITE) is not installed, so chat history cannot be kept (Debian package libqt6sql6-sqlite).":
        ('未安裝 Qt 的 SQLite 驅動程式（QSQLITE），因此無法保存對話記錄（Debian 套件 libqt6sql6-sqlite）。',
         '未安装 Qt 的 SQLite 驱动（QSQLITE），因此无法保存对话记录（Debian 软件包 libqt6sql6-sqlite）。'),
    'Cannot open the chat history %1: %2': ('無法開啟對話記錄 %1：%2', '无法打开对话记录 %1：%2'),
    'Cannot prepare the chat history %1: %2': ('無法準備對話記錄 %1：%2', '无法准备对话记录 %1：%2'),
    '> Answers come from a language model that is not a validated clinical model. No answer is a diagnosis.\n\n':
        ('> 回答來自語言模型，並非經驗證的臨床模型。任何回答均不構成診斷。\n\n',
         '> 回答来自语言模型，并非经验证的临床模型。任何回答均不构成诊断。\n\n'),
    'Question': ('問題', '问题'),
    'attached view': ('附上的畫面', '附加的画面'),
    'Answer': ('回答', '回答'),
    'Cannot write %1: %2': ('無法寫入 %1：%2', '无法写入 %1：%2'),
    '%1 at %2': ('%2 上的 %1', '%2 上的 %1'),
    'Authorization: Bearer <your API key, from the system keychain>\n':
        ('Authorization: Bearer <你的 API 金鑰，取自系統鑰匙圈>\n', 'Authorization: Bearer <你的 API 密钥，取自系统钥匙串>\n'),
    'A request is still running; stop it first.': ('仍有請求正在執行；請先停止。', '仍有请求正在运行；请先停止。'),
    'The server reported an error: %1': ('伺服器回報錯誤：%1', '服务器报告错误：%1'),
    'The server at %1 sent nothing for %2 s; the request was stopped. The server may be overloaded or the model still loading.':
        ('%1 的伺服器 %2 秒內沒有傳來任何資料；請求已停止。伺服器可能負載過重，或模型仍在載入中。',
         '%1 的服务器 %2 秒内没有发送任何数据；请求已停止。服务器可能负载过重，或模型仍在加载中。'),
    'The server at %1 answered with an empty stream.': ('%1 的伺服器回應了空白的串流。', '%1 的服务器返回了空的数据流。'),
    "the server's /props (llama.cpp)": ('伺服器的 /props（llama.cpp）', '服务器的 /props（llama.cpp）'),
    "the server's model list (/v1/models)": ('伺服器的模型清單（/v1/models）', '服务器的模型列表（/v1/models）'),
    'The server does not serve a model named "%1"; it offers: %2. Check the model name in the chat settings.':
        ('伺服器沒有提供名為「%1」的模型；可用模型：%2。請在對話設定中檢查模型名稱。',
         '服务器没有提供名为“%1”的模型；可用模型：%2。请在对话设置中检查模型名称。'),
    'The system keychain is not available (%1).': ('無法使用系統鑰匙圈（%1）。', '系统钥匙串不可用（%1）。'),
    'The API key could not be stored in the system keychain (%1); it is kept for this session only.':
        ('無法將 API 金鑰儲存於系統鑰匙圈（%1）；金鑰只會在本次工作階段保留。',
         '无法将 API 密钥保存到系统钥匙串（%1）；密钥仅在本次会话中保留。'),
    'The answer stream ended before the server said it was complete (no [DONE]): the connection was cut or the server stopped mid-answer.':
        ('回答串流在伺服器表示完成前已結束（沒有 [DONE]）：連線已中斷，或伺服器在回答途中停止。',
         '回答数据流在服务器表示完成前已结束（没有 [DONE]）：连接已中断，或服务器在回答过程中停止。'),
    'The server sent a malformed stream chunk (%1): %2': ('伺服器傳來格式錯誤的串流區塊（%1）：%2', '服务器发送了格式错误的数据流块（%1）：%2'),
    # Breast DCE layout and kinetics.
    'Post %1 (%2)': ('增強後 %1（%2）', '增强后 %1（%2）'),
    'T2': ('T2', 'T2'),
    'No T2 series': ('沒有 T2 序列', '没有 T2 序列'),
    'DWI': ('DWI', 'DWI'),
    'DWI %1': ('DWI %1', 'DWI %1'),
    'No DWI series': ('沒有 DWI 序列', '没有 DWI 序列'),
    'No DCE series in this study': ('此檢查沒有 DCE 序列', '此检查没有 DCE 序列'),
    ' (motion corrected)': ('（已運動校正）', '（已运动校正）'),
    'Pre-contrast%1': ('增強前%1', '增强前%1'),
    'Post %1 (%2)%3': ('增強後 %1（%2）%3', '增强后 %1（%2）%3'),
    'Subtraction %1 − pre%2': ('減影 %1 − 增強前%2', '减影 %1 − 增强前%2'),
    'Computing subtraction…': ('正在計算減影…', '正在计算减影…'),
    'Computing ADC…': ('正在計算 ADC…', '正在计算 ADC…'),
    'No ADC: %1': ('沒有 ADC：%1', '没有 ADC：%1'),
    'ADC (mm²/s)': ('ADC（mm²/s）', 'ADC（mm²/s）'),
    'Preparing the DCE phases…': ('正在準備 DCE 各期影像…', '正在准备 DCE 各期图像…'),
    'ROI sphere r=%1 mm (%2 voxels, %3 mm³)': ('球形 ROI r=%1 mm（%2 個體素，%3 mm³）', '球形 ROI r=%1 mm（%2 个体素，%3 mm³）'),
    'Voxel at cursor': ('游標所在體素', '光标处体素'),
    'Stop': ('停止', '停止'),
    'Play': ('播放', '播放'),
    'Phase': ('期相', '期相'),
    'Post-contrast phase shown in the post and subtraction panels': ('在增強後及減影面板中顯示的增強後期相', '在增强后和减影面板中显示的增强后期相'),
    'Cine through the post-contrast phases': ('以電影模式播放各增強後期相', '以电影模式播放各增强后期相'),
    ' fps': (' fps', ' fps'),
    'Motion correction': ('運動校正', '运动校正'),
    'Rigidly register every phase to the pre-contrast one (ITK, mutual information) before subtraction and kinetics; runs in the background and is cached':
        ('在減影及動力學分析前，將每一期相剛性配準至增強前影像（ITK，互資訊）；於背景執行並會快取結果',
         '在减影和动力学分析前，将每个期相刚性配准到增强前图像（ITK，互信息）；在后台运行并缓存结果'),
    'Subtraction': ('減影', '减影'),
    'Subtraction MIP (full)': ('減影 MIP（全容積）', '减影 MIP（全容积）'),
    'Subtraction MIP (slab)': ('減影 MIP（薄層）', '减影 MIP（薄层）'),
    ' mm': (' mm', ' mm'),
    'Thin-slab MIP thickness, centred on the cursor': ('以游標為中心的薄層 MIP 厚度', '以光标为中心的薄层 MIP 厚度'),
    'MIP slab': ('MIP 薄層', 'MIP 薄层'),
    'Crosshair mode (C): left-click places the cursor in every panel; off: left-drag changes window/level':
        ('十字線模式 (C)：左鍵點擊在每個面板放置游標；關閉時左鍵拖曳調整窗寬／窗位',
         '十字线模式 (C)：左键单击在每个面板放置光标；关闭时左键拖动调整窗宽/窗位'),
    'Radius of the sphere ROI around the cursor (0: the voxel alone)': ('游標周圍球形 ROI 的半徑（0：僅該體素）', '光标周围球形 ROI 的半径（0：仅该体素）'),
    'ROI radius': ('ROI 半徑', 'ROI 半径'),
    'Panel 3': ('面板 3', '面板 3'),
    "Initial enhancement a voxel needs to be coloured in the kinetic map (breast CAD's 50/80/100 % settings)":
        ('體素在動力學圖中著色所需的初始增強程度（乳房 CAD 的 50/80/100 % 設定）',
         '体素在动力学图中着色所需的初始增强程度（乳腺 CAD 的 50/80/100 % 设置）'),
    'Enhancement threshold': ('增強閾值', '增强阈值'),
    'Kinetic map on subtraction': ('在減影上顯示動力學圖', '在减影上显示动力学图'),
    'Colours enhancing voxels by curve type: blue persistent, yellow plateau, red wash-out':
        ('按曲線類型為增強體素著色：藍色為持續型，黃色為平台型，紅色為流出型',
         '按曲线类型为增强体素着色：蓝色为持续型，黄色为平台型，红色为流出型'),
    'Motion correction and subtraction': ('運動校正及減影', '运动校正和减影'),
    'DCE preparation failed: %1': ('DCE 準備失敗：%1', 'DCE 准备失败：%1'),
    'Kinetic map failed: %1': ('動力學圖失敗：%1', '动力学图失败：%1'),
    'Place the cursor on a DCE series': ('請將游標放在 DCE 序列上', '请将光标放在 DCE 序列上'),
    'Time-intensity curve, as relative enhancement (S/S0 - 1) against time.\nInitial phase (peak within %1 s after the pre-contrast image): slow < %2 %, medium %2-%3 %, rapid > %3 %.\nDelayed phase (last image against the early peak): persistent when it rises by more than %4 %, wash-out when it falls by more than %4 %, plateau in between (BI-RADS MRI lexicon, Kuhl et al. 1999).\nDashed lines: the 50/80/100 % thresholds breast CAD uses to colour the kinetic map (voxels enhancing less are not coloured).':
        ('時間-信號強度曲線，以相對增強率（S/S0 - 1）對時間繪製。\n初期（增強前影像後 %1 秒內的峰值）：緩慢 < %2 %，中等 %2-%3 %，快速 > %3 %。\n延遲期（最後影像相對早期峰值）：上升超過 %4 % 為持續型，下降超過 %4 % 為流出型，介乎兩者之間為平台型（BI-RADS MRI 詞彙，Kuhl et al. 1999）。\n虛線：乳房 CAD 為動力學圖著色所用的 50/80/100 % 閾值（增強程度較低的體素不著色）。',
         '时间-信号强度曲线，以相对增强率（S/S0 - 1）对时间绘制。\n早期（增强前图像后 %1 秒内的峰值）：缓慢 < %2 %，中等 %2-%3 %，快速 > %3 %。\n延迟期（最后图像相对早期峰值）：上升超过 %4 % 为持续型，下降超过 %4 % 为流出型，介于两者之间为平台型（BI-RADS MRI 词典，Kuhl et al. 1999）。\n虚线：乳腺 CAD 为动力学图着色所用的 50/80/100 % 阈值（增强程度较低的体素不着色）。'),
    '%1\nInitial: %2 (%3%4 %)  Delayed: %5 (%6%7 %)': ('%1\n初期：%2（%3%4 %）  延遲期：%5（%6%7 %）', '%1\n早期：%2（%3%4 %）  延迟期：%5（%6%7 %）'),
    '\nCurve type: %1': ('\n曲線類型：%1', '\n曲线类型：%1'),
    '\nBelow the %1 % enhancement threshold: not typed': ('\n低於 %1 % 增強閾值：不分類型', '\n低于 %1 % 增强阈值：不分类型'),
    '\nROI %1 voxels, %2 enhancing: persistent %3 %, plateau %4 %, wash-out %5 %':
        ('\nROI %1 個體素，%2 個增強：持續型 %3 %，平台型 %4 %，流出型 %5 %',
         '\nROI %1 个体素，%2 个增强：持续型 %3 %，平台型 %4 %，流出型 %5 %'),
    '\nPhase times not in the files: assumed evenly spaced': ('\n檔案中沒有期相時間：假設為等間距', '\n文件中没有期相时间：假设为等间距'),
    'Time-intensity curve (enhancement %)': ('時間-信號強度曲線（增強 %）', '时间-信号强度曲线（增强 %）'),
    # Annotation dock.
    'Annotations': ('標註', '标注'),
    'Slide': ('切片', '切片'),
    'Recover': ('復原', '恢复'),
    'Discard': ('捨棄', '丢弃'),
    'Class': ('類別', '类别'),
    'Name': ('名稱', '名称'),
    'Area': ('面積', '面积'),
    'Perimeter': ('周長', '周长'),
    'Note': ('備註', '备注'),
    'Locked': ('已鎖定', '已锁定'),
    'Tick to show a class; double-click to give it to the selection': ('勾選以顯示類別；按兩下可將其指派給所選項目', '勾选以显示类别；双击可将其分配给所选项'),
    'Import Annotations…': ('匯入標註…', '导入标注…'),
    'Import annotations': ('匯入標註', '导入标注'),
    'Export Annotations as GeoJSON…': ('將標註匯出為 GeoJSON…', '将标注导出为 GeoJSON…'),
    'Export Annotations as ASAP XML…': ('將標註匯出為 ASAP XML…', '将标注导出为 ASAP XML…'),
    'Export annotations': ('匯出標註', '导出标注'),
    'Classes': ('類別', '类别'),
    'Area µm²': ('面積 µm²', '面积 µm²'),
    'Area px²': ('面積 px²', '面积 px²'),
    'Perimeter µm': ('周長 µm', '周长 µm'),
    'Perimeter px': ('周長 px', '周长 px'),
    'Cannot import %1: %2': ('無法匯入 %1：%2', '无法导入 %1：%2'),
    'Cannot export to %1: %2': ('無法匯出至 %1：%2', '无法导出到 %1：%2'),
    'locked': ('已鎖定', '已锁定'),
    'The saved annotations of this slide could not be read (%1); the file was kept as %2.':
        ('無法讀取此切片已儲存的標註（%1）；檔案已保留為 %2。', '无法读取此切片已保存的标注（%1）；文件已保留为 %2。'),
    'Cannot move the annotation recovery files in %1 aside.': ('無法將 %1 中的標註復原檔案移往別處。', '无法将 %1 中的标注恢复文件移到别处。'),
    'Annotation recovery files are unreadable: %1': ('無法讀取標註復原檔案：%1', '无法读取标注恢复文件：%1'),
    'Cannot save annotations to %1: %2': ('無法將標註儲存至 %1：%2', '无法将标注保存到 %1：%2'),
    # Chat dock, transcript and dialogs.
    'Copied.': ('已複製。', '已复制。'),
    'Editing: Send replaces that question (same image) and everything after it.': ('編輯中：傳送後會取代該問題（同一影像）及其後的所有內容。', '编辑中：发送后将替换该问题（同一图像）及其后的所有内容。'),
    'MedDr is not a validated clinical model. No answer is a diagnosis.': ('MedDr 並非經驗證的臨床模型。任何回答均不構成診斷。', 'MedDr 并非经验证的临床模型。任何回答均不构成诊断。'),
    'Attach MRI view': ('附上 MRI 畫面', '附加 MRI 画面'),
    'Attach slide view': ('附上切片畫面', '附加切片画面'),
    'No image': ('不附影像', '不附图像'),
    "The view's rendered pixels are attached to each question (448×448); never DICOM headers or patient identifiers.":
        ('每個問題都會附上畫面的已渲染像素（448×448）；絕不包括 DICOM 標頭或病人識別資料。',
         '每个问题都会附加画面的渲染像素（448×448）；绝不包括 DICOM 头信息或患者标识。'),
    'Regenerate': ('重新生成', '重新生成'),
    'Ask about the image on screen (Enter sends, Shift+Enter: new line)': ('查詢畫面上的影像（Enter 傳送，Shift+Enter：換行）', '询问屏幕上的影像（Enter 发送，Shift+Enter：换行）'),
    'Server…': ('伺服器…', '服务器…'),
    'Export…': ('匯出…', '导出…'),
    'Save this conversation as Markdown (images as PNG files beside it)': ('將此對話儲存為 Markdown（影像另存為同一位置的 PNG 檔案）', '将此对话保存为 Markdown（图像另存为同一位置的 PNG 文件）'),
    'General conversation (no study or slide open)': ('一般對話（未開啟檢查或切片）', '一般对话（未打开检查或切片）'),
    'Conversation about %1': ('關於 %1 的對話', '关于 %1 的对话'),
    'No chat server set: press Server… to connect to MedDr.': ('尚未設定對話伺服器：按「伺服器…」連接 MedDr。', '尚未设置对话服务器：点击“服务器…”连接 MedDr。'),
    'That view shows nothing yet; the question goes without an image.': ('該畫面尚未顯示任何內容；問題將不附影像傳送。', '该画面尚未显示任何内容；问题将不附图像发送。'),
    '%1 — %2 tokens/s, first token after %3 s': ('%1 — %2 token/秒，首個 token 用時 %3 秒', '%1 — %2 token/秒，首个 token 用时 %3 秒'),
    'Waiting for %1…': ('正在等待 %1…', '正在等待 %1…'),
    'Chat history is not stored on this computer, so there is nothing to export.': ('此電腦沒有儲存對話記錄，因此沒有可匯出的內容。', '此计算机未保存对话记录，因此没有可导出的内容。'),
    'Export conversation': ('匯出對話', '导出对话'),
    'Markdown (*.md)': ('Markdown (*.md)', 'Markdown (*.md)'),
    'Saved %1': ('已儲存 %1', '已保存 %1'),
    'First message to %1': ('首次傳送至 %1 的訊息', '首次发送到 %1 的消息'),
    '<b>This is exactly what will be sent to %1.</b> No DICOM header, file name or patient identifier is included: only the rendered pixels below and the text of the request. You are asked once per server.':
        ('<b>以下正是將傳送至 %1 的內容。</b>不包括任何 DICOM 標頭、檔案名稱或病人識別資料：只有下方的已渲染像素及請求文字。每個伺服器只會詢問一次。',
         '<b>以下正是将发送到 %1 的内容。</b>不包括任何 DICOM 头信息、文件名或患者标识：只有下方的渲染像素和请求文本。每个服务器只会询问一次。'),
    '%1×%2 PNG, %3 KB': ('%1×%2 PNG，%3 KB', '%1×%2 PNG，%3 KB'),
    'Allow unencrypted http:// to servers on other computers': ('允許以未加密的 http:// 連接其他電腦上的伺服器', '允许通过未加密的 http:// 连接其他计算机上的服务器'),
    'Answer with a local model on this computer instead': ('改用此電腦上的本機模型回答', '改用此计算机上的本地模型回答'),
    'MedDr chat server': ('MedDr 對話伺服器', 'MedDr 对话服务器'),
    'stored in the system keychain': ('儲存於系統鑰匙圈', '保存在系统钥匙串中'),
    'causal LM package folder, e.g. …/models/tinylm-demo': ('因果語言模型套件資料夾，例如 …/models/tinylm-demo', '因果语言模型包文件夹，例如 …/models/tinylm-demo'),
    'Server address:': ('伺服器位址：', '服务器地址：'),
    'Model:': ('模型：', '模型：'),
    'API key:': ('API 金鑰：', 'API 密钥：'),
    'System prompt:': ('系統提示：', '系统提示词：'),
    'Max answer tokens:': ('回答 token 上限：', '回答 token 上限：'),
    'Local package:': ('本機套件：', '本地模型包：'),
    'Any OpenAI-compatible server: LMDeploy <code>api_server</code> (recommended for MedDr), vLLM, llama.cpp <code>llama-server</code>, Ollama. Only the rendered view and your text are sent.':
        ('任何 OpenAI 相容伺服器：LMDeploy <code>api_server</code>（建議用於 MedDr）、vLLM、llama.cpp <code>llama-server</code>、Ollama。只會傳送已渲染的畫面及你輸入的文字。',
         '任何 OpenAI 兼容服务器：LMDeploy <code>api_server</code>（推荐用于 MedDr）、vLLM、llama.cpp <code>llama-server</code>、Ollama。只会发送渲染后的画面和你输入的文字。'),
    'Enter the folder of a local causal LM package.': ('請輸入本機因果語言模型套件的資料夾。', '请输入本地因果语言模型包的文件夹。'),
    'Enter the model name the server serves (e.g. meddr).': ('請輸入伺服器提供的模型名稱（例如 meddr）。', '请输入服务器提供的模型名称（例如 meddr）。'),
    "<b style='color:#7fb3ff'>You</b>": ("<b style='color:#7fb3ff'>你</b>", "<b style='color:#7fb3ff'>你</b>"),
    "<b style='color:#9be09b'>MedDr</b>": ("<b style='color:#9be09b'>MedDr</b>", "<b style='color:#9be09b'>MedDr</b>"),
    'Edit': ('編輯', '编辑'),
    '%1 tokens/s': ('%1 token/秒', '%1 token/秒'),
    'Chat with %1': ('與 %1 對話', '与 %1 对话'),
    '%1 (local, on this computer)': ('%1（本機，於此電腦上）', '%1（本地，在此计算机上）'),
    'The local model is still answering.': ('本機模型仍在回答中。', '本地模型仍在回答中。'),
    'No local chat model is chosen. Pick a package folder in the chat settings.': ('尚未選擇本機對話模型。請在對話設定中選擇套件資料夾。', '尚未选择本地对话模型。请在对话设置中选择模型包文件夹。'),
    'The local model failed: %1': ('本機模型失敗：%1', '本地模型失败：%1'),
    'Slide viewport': ('切片視窗', '切片视图'),
    'MRI %1 view': ('MRI %1 視圖', 'MRI %1 视图'),
    'MRI %1 view: %2': ('MRI %1 視圖：%2', 'MRI %1 视图：%2'),
    'Selected region of the slide (%1)': ('切片的選取區域（%1）', '切片的选定区域（%1）'),
    # Main window: layout and AI menu.
    'Breast &DCE Layout': ('乳房 DCE 版面(&D)', '乳腺 DCE 布局(&D)'),
    'Ctrl+D': ('Ctrl+D', 'Ctrl+D'),
    'Pre, post, subtraction, T2, DWI and ADC panels through one cursor, with kinetics; off: linked MPR and 3D':
        ('以同一游標連動增強前、增強後、減影、T2、DWI 及 ADC 面板，並附動力學分析；關閉時：連動 MPR 及 3D',
         '以同一光标联动增强前、增强后、减影、T2、DWI 和 ADC 面板，并附动力学分析；关闭时：联动 MPR 和 3D'),
    '&AI': ('AI(&A)', 'AI(&A)'),
    '&Add Model Package Folder…': ('加入模型套件資料夾(&A)…', '添加模型包文件夹(&A)…'),
    '&Model Packages…': ('模型套件(&M)…', '模型包(&M)…'),
    'Add a model package, or a folder of packages': ('加入模型套件，或包含多個套件的資料夾', '添加模型包，或包含多个模型包的文件夹'),
    '<p>Packages are verified (file hashes, a dry run) when first used.</p><ul>': ('<p>套件會在首次使用時驗證（檔案雜湊值及試運行）。</p><ul>', '<p>模型包会在首次使用时验证（文件哈希值和试运行）。</p><ul>'),
    "<li>%1: <span style='color:#e08080'>%2</span></li>": ("<li>%1：<span style='color:#e08080'>%2</span></li>", "<li>%1：<span style='color:#e08080'>%2</span></li>"),
    '<li><b>%1 %2</b> — %3<br><small>%4</small><br>%5</li>': ('<li><b>%1 %2</b> — %3<br><small>%4</small><br>%5</li>', '<li><b>%1 %2</b> — %3<br><small>%4</small><br>%5</li>'),
    'validated': ('已驗證', '已验证'),
    '<b>not a validated clinical model</b>': ('<b>並非經驗證的臨床模型</b>', '<b>并非经验证的临床模型</b>'),
    '<li>No model packages found.</li>': ('<li>找不到模型套件。</li>', '<li>未找到模型包。</li>'),
    'Model packages': ('模型套件', '模型包'),
    'Inference &Threads (applies after restart)': ('推理執行緒(&T)（重新啟動後生效）', '推理线程(&T)（重启后生效）'),
    'Automatic': ('自動', '自动'),
    'Go to strongest enhancement': ('跳至最強強化處', '跳至最强强化处'),
    'Go to strongest enhancement (%1 %)': ('跳至最強強化處（%1 %）', '跳至最强强化处（%1 %）'),
    'Plane of all six panels': ('六個面板的切面', '六个面板的切面'),
    'Moves the cursor to where the mean initial enhancement over 3×3×3 voxels is highest (H). It can be a vessel or the heart: look before reading its curve.':
        ('將游標移至 3×3×3 體素平均初始強化最高之處（H）。該處可能是血管或心臟：閱讀其曲線前請先查看影像。',
         '将光标移至 3×3×3 体素平均初始强化最高之处（H）。该处可能是血管或心脏：阅读其曲线前请先查看图像。'),
    # Analyze menu, study inputs and slide-analysis messages in the main window.
    'A&nalyze': ('分析(&N)', '分析(&N)'),
    'Analyze S&tudy': ('分析檢查(&T)', '分析检查(&T)'),
    'Ctrl+Alt+A': ('Ctrl+Alt+A', 'Ctrl+Alt+A'),
    'Run the breast MRI model on the open study': ('以乳房 MRI 模型分析已開啟的檢查', '用乳腺 MRI 模型分析已打开的检查'),
    'Study &Inputs…': ('檢查的輸入序列(&I)…', '检查的输入序列(&I)…'),
    'Open a study and choose an MRI model first': ('請先開啟檢查並選擇 MRI 模型', '请先打开检查并选择 MRI 模型'),
    '&Cancel Slide Analysis': ('取消切片分析(&C)', '取消切片分析(&C)'),
    'No model has run on this study. Analyze ▸ Analyze Study (%1) runs %2 on it.':
        ('此檢查尚未執行任何模型。「分析 ▸ 分析檢查」（%1）會以 %2 分析此檢查。',
         '此检查尚未运行任何模型。“分析 ▸ 分析检查”（%1）会用 %2 分析此检查。'),
    'No model has run on this slide. Analyze ▸ Analyze Slide (%1) runs %2 on it.':
        ('此切片尚未執行任何模型。「分析 ▸ 分析切片」（%1）會以 %2 分析此切片。',
         '此切片尚未运行任何模型。“分析 ▸ 分析切片”（%1）会用 %2 分析此切片。'),
    'No breast MRI model package is installed (AI menu).': ('尚未安裝乳房 MRI 模型套件（AI 選單）。', '尚未安装乳腺 MRI 模型包（AI 菜单）。'),
    'No slide model package is installed (AI menu).': ('尚未安裝切片模型套件（AI 選單）。', '尚未安装切片模型包（AI 菜单）。'),
    'Open a study first': ('請先開啟檢查', '请先打开检查'),
    'Open a slide first': ('請先開啟切片', '请先打开切片'),
    'Slide resolution': ('切片解像度', '切片分辨率'),
    'Micrometres per pixel at full resolution (e.g. 0.25 at 40×, 0.5 at 20×):':
        ('全解像度下每像素的微米數（例如 40× 時為 0.25，20× 時為 0.5）：',
         '全分辨率下每像素的微米数（例如 40× 时为 0.25，20× 时为 0.5）：'),
    'Slide classifier': ('切片分類器', '切片分类器'),
    'Training the demo slide model on synthetic tissue': ('正在以合成組織訓練示範切片模型', '正在使用合成组织训练演示切片模型'),
    # MRI analysis.
    'No breast MRI model package is chosen (AI menu).': ('尚未選擇乳房 MRI 模型套件（AI 選單）。', '尚未选择乳腺 MRI 模型包（AI 菜单）。'),
    'The study has no %1 series; the package was trained to run without it, so it ran with that input masked (less information, read with care).':
        ('此檢查沒有 %1 序列；模型套件經訓練可在缺少該序列時執行，因此已遮蔽該輸入後執行（資訊較少，解讀時請審慎）。',
         '此检查没有 %1 序列；模型包经训练可在缺少该序列时运行，因此已屏蔽该输入后运行（信息较少，请谨慎解读）。'),
    # Study inputs dialog.
    'Study inputs for %1': ('%1 的輸入序列', '%1 的输入序列'),
    "Which series feeds each input of the model. The guess comes from the series' DICOM tags and descriptions.":
        ('模型每個輸入所用的序列。預設配對是根據各序列的 DICOM 標籤及描述推測。',
         '模型每个输入所用的序列。默认匹配根据各序列的 DICOM 标签和描述推测。'),
    '(none)': ('（無）', '（无）'),
    '%1 — %2 phase(s), %3': ('%1 — %2 期，%3', '%1 — %2 期，%3'),
    'Remember for studies of this protocol (same series descriptions)': ('記住此設定，套用於同一掃描方案的檢查（序列描述相同）', '记住此设置，用于同一扫描协议的检查（序列描述相同）'),
    'Analyze': ('分析', '分析'),
    'Missing: the model was trained to run without it (masked).': ('缺少：模型經訓練可在缺少此輸入時執行（會被遮蔽）。', '缺失：模型经训练可在缺少此输入时运行（将被屏蔽）。'),
    'Missing: the model cannot run without it.': ('缺少：缺少此輸入時模型無法執行。', '缺失：缺少此输入时模型无法运行。'),
    # Slide analysis (ABMIL attention) and its dock.
    'Cancelled; nothing was kept.': ('已取消；未保留任何結果。', '已取消；未保留任何结果。'),
    'No slide model package is chosen (AI menu).': ('尚未選擇切片模型套件（AI 選單）。', '尚未选择切片模型包（AI 菜单）。'),
    'Slide (probability)': ('切片（機率）', '切片（概率）'),
    'The %1 most attended patches carry %2% of the attention; they are outlined in the heatmap and listed in the Slide analysis panel.':
        ('注意力最高的 %1 個影像塊佔全部注意力的 %2%；它們已在熱圖中標出輪廓，並列於「切片分析」面板。',
         '注意力最高的 %1 个图像块占全部注意力的 %2%；它们已在热图中标出轮廓，并列在“切片分析”面板中。'),
    'Patch features came from the cache (same slide file and package).': ('影像塊特徵取自快取（相同的切片檔案及模型套件）。', '图像块特征来自缓存（相同的切片文件和模型包）。'),
    'Patch features were computed at %1 patches/s and cached.': ('影像塊特徵以每秒 %1 個的速度計算，並已存入快取。', '图像块特征以每秒 %1 个的速度计算，并已缓存。'),
    "The slide's µm/px (%1) was entered by the user, not read from the file.": ('切片的 µm/px（%1）由使用者輸入，並非從檔案讀取。', '切片的 µm/px（%1）由用户输入，并非从文件读取。'),
    'This model was trained on synthetic tissue; its scores say nothing about a patient.': ('此模型以合成組織訓練，其分數與任何病人無關。', '此模型使用合成组织训练，其分数与任何患者无关。'),
    'Slide analysis': ('切片分析', '切片分析'),
    'Analyze &Slide': ('分析切片(&S)', '分析切片(&S)'),
    'Analyze Slide': ('分析切片', '分析切片'),
    'Run the slide model on the open slide (nothing runs until you ask)': ('以切片模型分析已開啟的切片（你要求前不會執行任何分析）', '用切片模型分析已打开的切片（在你请求之前不会运行任何分析）'),
    'Attention heatmap': ('注意力熱圖', '注意力热图'),
    'Detected tissue instead': ('改為顯示偵測到的組織', '改为显示检测到的组织'),
    'Opacity': ('不透明度', '不透明度'),
    'Hide below': ('低於此值隱藏', '低于此值隐藏'),
    "Low → high attention, relative to the most attended patch. Attention is the model's weighting of patches, not a probability of tumour.":
        ('注意力由低 → 高，以注意力最高的影像塊為基準。注意力是模型對各影像塊的權重，並非腫瘤的機率。',
         '注意力由低 → 高，以注意力最高的图像块为基准。注意力是模型对各图像块的权重，并非肿瘤的概率。'),
    'Most attended patches (click to go there)': ('注意力最高的影像塊（點擊可前往）', '注意力最高的图像块（单击可跳转）'),
    'Ctrl+Alt+S': ('Ctrl+Alt+S', 'Ctrl+Alt+S'),
    'Finding tissue…': ('正在尋找組織…', '正在查找组织…'),
    'Package: %1 %2': ('模型套件：%1 %2', '模型包：%1 %2'),
    '%1 of %2 patches · %3 patches/s · about %4 s left': ('%1／%2 個影像塊 · 每秒 %3 個 · 約餘 %4 秒', '%1/%2 个图像块 · 每秒 %3 个 · 约剩 %4 秒'),
    'Weighing the patches (attention)…': ('正在為影像塊加權（注意力）…', '正在为图像块加权（注意力）…'),
    '%1 patches, %2 s%3': ('%1 個影像塊，%2 秒%3', '%1 个图像块，%2 秒%3'),
    ' (features from the cache)': ('（特徵取自快取）', '（特征来自缓存）'),
    '%1%': ('%1%', '%1%'),
    'Attention %1% · level-0 (%2, %3)': ('注意力 %1% · 第 0 層座標（%2, %3）', '注意力 %1% · 第 0 层坐标（%2, %3）'),
    # Explanations dock: Shapley values and provenance.
    '<p><b>Shapley value of each sequence</b> (points of %1 probability; masking all gives the baseline)</p><table>':
        ('<p><b>各序列的 Shapley 值</b>（%1 機率的百分點；全部遮蔽時為基線）</p><table>',
         '<p><b>各序列的 Shapley 值</b>（%1 概率的百分点；全部屏蔽时为基线）</p><table>'),
    '<p><b>Provenance</b></p><p><small>': ('<p><b>來源追溯</b></p><p><small>', '<p><b>来源追溯</b></p><p><small>'),
    # Analysis provenance lines and signature notes (context AnalysisProvenance).
    'Not a validated clinical model.': ('並非經驗證的臨床模型。', '并非经验证的临床模型。'),
    'Not a validated clinical model: the package says it is validated, but %1':
        ('並非經驗證的臨床模型：模型套件聲稱已通過驗證，但 %1', '并非经验证的临床模型：模型包声称已通过验证，但 %1'),
    'Package: %1 %2, sha256 %3': ('模型套件：%1 %2，sha256 %3', '模型包：%1 %2，sha256 %3'),
    'Signature: %1': ('數碼簽署：%1', '数字签名：%1'),
    'Run on %1 at %2 UTC': ('於 %2 UTC 在 %1 上執行', '于 %2 UTC 在 %1 上运行'),
    'Slide: %1 (%2 × %3 px, %4 bytes, modified %5)': ('切片：%1（%2 × %3 px，%4 位元組，修改於 %5）', '切片：%1（%2 × %3 px，%4 字节，修改于 %5）'),
    'Study: %1': ('檢查：%1', '检查：%1'),
    '%1: %2 (%3)': ('%1：%2（%3）', '%1：%2（%3）'),
    '&Export Results…': ('匯出結果(&E)…', '导出结果(&E)…'),
    'No analysis result to export yet': ('尚未有可匯出的分析結果', '尚无可导出的分析结果'),
    'Export analysis results': ('匯出分析結果', '导出分析结果'),
    'JSON (*.json)': ('JSON (*.json)', 'JSON (*.json)'),
    'Cannot export results': ('無法匯出結果', '无法导出结果'),
    'Results saved to %1': ('結果已儲存至 %1', '结果已保存到 %1'),
    'Left breast: %1': ('左乳：%1', '左乳：%1'),
    'Right breast: %1': ('右乳：%1', '右乳：%1'),
    'No pCR estimate: the model finds no cancer in this study.':
        ('沒有 pCR 估計：模型在此檢查中未發現癌症。', '没有 pCR 估计：模型在此检查中未发现癌症。'),
    'no pCR estimate, as the model finds no cancer in this breast.':
        ('沒有 pCR 估計，因為模型在此乳房中未發現癌症。', '没有 pCR 估计，因为模型在此乳房中未发现癌症。'),
    'Read DCE Phases Stored as Separate Series as &One': ('將分開儲存的 DCE 時相讀作一個序列(&O)', '将分开存储的 DCE 时相读作一个序列(&O)'),
    ' · derived map': (' · 衍生圖', ' · 衍生图'),
    'An import is still running; try again when it has finished.': ('仍有匯入正在進行；完成後再試。', '仍有导入正在进行；完成后再试。'),
    'Importing %1…': ('正在匯入 %1…', '正在导入 %1…'),
    'Not imported: %1 was chosen for another slide, which is no longer open':
        ('未匯入：%1 是為另一張已關閉的切片選擇的', '未导入：%1 是为另一张已关闭的切片选择的'),
    '%1 px (no µm/px in file)': ('%1 像素（檔案無 µm/像素）', '%1 像素（文件无 µm/像素）'),
    'not in the file: sizes are shown in pixels': ('檔案未提供：尺寸以像素顯示', '文件未提供：尺寸以像素显示'),
    'Segmentation (DICOM SEG)': ('分割（DICOM SEG）', '分割（DICOM SEG）'),
    'Importing %1… %2%': ('正在匯入 %1… %2%', '正在导入 %1… %2%'),
    'Parametric map': ('參數圖', '参数图'),
    'Parametric map: %1': ('參數圖：%1', '参数图：%1'),
    'Left breast: ':
        ('左乳：', '左乳：'),
    'Right breast: ':
        ('右乳：', '右乳：'),
    'Completeness: the attributions add up to the change of the score from the baseline within %1%.':
        ('完整性：各歸因之和與分數相對基線的變化相差在 %1% 以內。', '完整性：各归因之和与分数相对基线的变化相差在 %1% 以内。'),
    'Deletion AUC %1 (random order %2; lower is better), insertion AUC %3 (random %4; higher is better).':
        ('刪除 AUC %1（隨機次序 %2；越低越好），插入 AUC %3（隨機 %4；越高越好）。', '删除 AUC %1（随机顺序 %2；越低越好），插入 AUC %3（随机 %4；越高越好）。'),
    'Rank correlation with the map of a model whose top layers were randomised: %1 (low means the map follows the model); repeatability: %2% difference.':
        ('與頂層權重隨機化後模型之圖的等級相關：%1（越低表示此圖跟隨模型）；可重複性：相差 %2%。', '与顶层权重随机化后模型之图的秩相关：%1（越低表示此图跟随模型）；可重复性：相差 %2%。'),
    'Check failed: %1.':
        ('檢查未通過：%1。', '检查未通过：%1。'),
    '%1 of the evidence for “%2” (%3); layer: %4':
        ('「%2」（%3）證據的 %1；層：%4', '“%2”（%3）证据的 %1；层：%4'),
    "The colours are relative attribution to the model's log-odds, not probability and not tissue properties.":
        ('顏色表示對模型對數勝算的相對歸因，並非概率，亦非組織特性。', '颜色表示对模型对数几率的相对归因，不是概率，也不是组织特性。'),
    'The map holds no positive evidence for “%1”: it points nowhere.':
        ('此圖沒有支持「%1」的正向證據：它沒有指向任何位置。', '此图没有支持“%1”的正向证据：它没有指向任何位置。'),
    "Region %1 at LPS (%2, %3, %4) mm, about %5 × %6 × %7 mm, holds %8% of the map's positive evidence":
        ('區域 %1 位於 LPS (%2, %3, %4) mm，約 %5 × %6 × %7 mm，佔此圖正向證據的 %8%', '区域 %1 位于 LPS (%2, %3, %4) mm，约 %5 × %6 × %7 mm，占此图正向证据的 %8%'),
    '; by sequence: %1':
        ('；按序列：%1', '；按序列：%1'),
    'Positive evidence by sequence over the whole crop: %1.':
        ('整個裁切範圍內按序列的正向證據：%1。', '整个裁剪范围内按序列的正向证据：%1。'),
    "The model gives %1% for “%2”. That is this model's output on these inputs, not a diagnosis and not a measured chance of cancer; the map shows where the model looked, not proof of a lesion.":
        ('模型給出「%2」%1%。這是此模型對這些輸入的輸出，並非診斷，亦非量度所得的癌症機率；此圖顯示模型關注的位置，並非病灶的證明。', '模型给出“%2”%1%。这是此模型对这些输入的输出，不是诊断，也不是测得的癌症概率；此图显示模型关注的位置，不是病灶的证明。'),
    'Model: %1.':
        ('模型：%1。', '模型：%1。'),
    'Nothing has been sent yet: read the question, edit it if you like, and press Send.':
        ('尚未傳送任何內容：請閱讀問題，如有需要可修改，然後按「傳送」。', '尚未发送任何内容：请阅读问题，如有需要可修改，然后按“发送”。'),
    '%1 → %2':
        ('%1 → %2', '%1 → %2'),
    'relative attribution, not probability':
        ('相對歸因，並非概率', '相对归因，不是概率'),
    '<p><b>Checks of the map</b></p><p><small>':
        ('<p><b>此圖的檢查</b></p><p><small>', '<p><b>此图的检查</b></p><p><small>'),
    'The map has no positive evidence to go to.':
        ('此圖沒有可前往的正向證據。', '此图没有可前往的正向证据。'),
    'Export explanation map':
        ('匯出解釋圖', '导出解释图'),
    'NIfTI (*.nii.gz *.nii)':
        ('NIfTI (*.nii.gz *.nii)', 'NIfTI (*.nii.gz *.nii)'),
    'There is no explanation map to export yet.':
        ('尚無可匯出的解釋圖。', '尚无可导出的解释图。'),
    'A specialist breast-MRI model (%1) produced this result on the study on screen. It is not a diagnosis.':
        ('專科乳房 MRI 模型（%1）對畫面上的檢查得出此結果。這並非診斷。', '专科乳腺 MRI 模型（%1）对屏幕上的检查得出此结果。这不是诊断。'),
    'Its explanation (%1):':
        ('其解釋（%1）：', '其解释（%1）：'),
    'The attached image is the MRI view with the explanation map over it.':
        ('附上的影像是疊加了解釋圖的 MRI 視圖。', '附上的影像是叠加了解释图的 MRI 视图。'),
    'Question: what do these findings and the highlighted regions suggest, how far should they be trusted, and what should a radiologist check next?':
        ('問題：這些結果及標示的區域提示甚麼？應在多大程度上信任它們？放射科醫生下一步應檢查甚麼？', '问题：这些结果及标示的区域提示什么？应在多大程度上信任它们？放射科医生下一步应检查什么？'),
    'Explanation map':
        ('解釋圖', '解释图'),
    'Analyze the study first: the map explains a result.':
        ('請先分析檢查：解釋圖解釋的是一個結果。', '请先分析检查：解释图解释的是一个结果。'),
    'Show map':
        ('顯示圖', '显示图'),
    'Outline':
        ('只顯示輪廓', '只显示轮廓'),
    'Explanation method':
        ('解釋方法', '解释方法'),
    'Explain':
        ('解釋', '解释'),
    'Compute the map of the last MRI result with this method':
        ('以此方法計算最近一次 MRI 結果的解釋圖', '以此方法计算最近一次 MRI 结果的解释图'),
    'Show or hide the explanation map (X)':
        ('顯示或隱藏解釋圖（X）', '显示或隐藏解释图（X）'),
    'top above p':
        ('只顯示高於 p', '只显示高于 p'),
    "Hide the voxels below this percentile of the map's magnitudes":
        ('隱藏低於此圖數值幅度此百分位的體素', '隐藏低于此图数值幅度此百分位的体素'),
    'Threshold percentile':
        ('閾值百分位', '阈值百分位'),
    'Map opacity':
        ('圖的不透明度', '图的不透明度'),
    'Opacity of the map':
        ('圖的不透明度', '图的不透明度'),
    'Go to maximum':
        ('前往最大值', '前往最大值'),
    "Move the cursor to the map's strongest evidence":
        ('將游標移到此圖最強的證據', '将光标移到此图最强的证据'),
    "Save the map as NIfTI on the study's patient space":
        ('以檢查的病人空間將此圖儲存為 NIfTI', '以检查的患者空间将此图保存为 NIfTI'),
    'Ask MedDr':
        ('詢問 MedDr', '询问 MedDr'),
    'Put the result, its explanation and the view with the map into the chat; you see and send the question yourself':
        ('把結果、其解釋及帶圖的視圖放入對話；問題由你檢視並自行傳送', '把结果、其解释及带图的视图放入对话；问题由你查看并自行发送'),
    'There is no attention map to export yet.':
        ('尚無可匯出的注意力圖。', '尚无可导出的注意力图。'),
    'Choose a .geojson or .png file name.':
        ('請選擇 .geojson 或 .png 檔案名稱。', '请选择 .geojson 或 .png 文件名。'),
    'Save the attention map as QuPath GeoJSON tiles or as a PNG with a world file':
        ('將注意力圖儲存為 QuPath GeoJSON 圖塊，或附世界檔的 PNG', '将注意力图保存为 QuPath GeoJSON 图块，或附世界文件的 PNG'),
    'Export attention map':
        ('匯出注意力圖', '导出注意力图'),
    'QuPath GeoJSON tiles (*.geojson);;PNG with world file (*.png)':
        ('QuPath GeoJSON 圖塊 (*.geojson);;附世界檔的 PNG (*.png)', 'QuPath GeoJSON 图块 (*.geojson);;附世界文件的 PNG (*.png)'),
    "The package's inputs are fitted to its grid, not placed in patient space, so the map cannot be located on the study.":
        ('此套件的輸入是縮放至其網格，而非置於病人空間，因此無法在檢查上定位此圖。', '此模型包的输入是缩放至其网格，而非置于患者空间，因此无法在检查上定位此图。'),
    '(%1, %2) µm':
        ('(%1, %2) µm', '(%1, %2) µm'),
    "The most attended patches (%1 µm squares) are centred at %2, from the slide's top-left corner; attention is relative weight, not probability.":
        ('最受注意的圖塊（%1 µm 正方形）中心位於 %2（由切片左上角起計）；注意力是相對權重，並非概率。', '最受关注的图块（%1 µm 正方形）中心位于 %2（从切片左上角起算）；注意力是相对权重，不是概率。'),
    'Class explained':
        ('解釋的類別', '解释的类别'),
    'The class whose evidence the map shows':
        ('此圖顯示其證據的類別', '此图显示其证据的类别'),
    'Training the demo slide models on synthetic tissue':
        ('正在以合成組織訓練示範切片模型', '正在用合成组织训练示例切片模型'),
    'Attention rollout':
        ('注意力展開（rollout）', '注意力展开（rollout）'),
    'Attention':
        ('注意力', '注意力'),
    '%1 (relative)':
        ('%1（相對）', '%1（相对）'),
    'There is no %1 map to export yet.':
        ('尚未有可匯出的%1圖。', '尚无可导出的%1图。'),
    'Explanations side by side':
        ('並排比較解釋', '并排比较解释'),
    'Axial':
        ('軸位', '轴位'),
    'Coronal':
        ('冠狀位', '冠状位'),
    'Sagittal':
        ('矢狀位', '矢状位'),
    'Plane':
        ('平面', '平面'),
    'Method of the right map':
        ('右圖的方法', '右图的方法'),
    'The method that explains the same result in the right pane':
        ('在右側窗格解釋同一結果的方法', '在右侧窗格解释同一结果的方法'),
    'Right:':
        ('右：', '右：'),
    'No study':
        ('沒有檢查', '没有检查'),
    'Analyze the study first.':
        ('請先分析檢查。', '请先分析检查。'),
    'Computing…':
        ('計算中…', '计算中…'),
    'No map':
        ('沒有圖', '没有图'),
    'checks passed':
        ('檢查通過', '检查通过'),
    'Analyze the study first: there is no map to compare.':
        ('請先分析檢查：沒有可比較的圖。', '请先分析检查：没有可比较的图。'),
    "Attention rollout through the aggregator's layers%1 shares %2 of its %3 strongest patches with the attention map; its strongest patch is centred at (%4, %5) µm.":
        ('經聚合器各層的注意力展開%1，其 %3 個最強圖塊中有 %2 個與注意力圖相同；其最強圖塊中心位於 (%4, %5) µm。', '经聚合器各层的注意力展开%1，其 %3 个最强图块中有 %2 个与注意力图相同；其最强图块中心位于 (%4, %5) µm。'),
    'No attention rollout: %1':
        ('沒有注意力展開：%1', '没有注意力展开：%1'),
    'MIL attention':
        ('MIL 注意力', 'MIL 注意力'),
    "MIL attention: the aggregator's weight of each patch. Attention rollout: how much each patch flows into the class token through all of the aggregator's attention layers.":
        ('MIL 注意力：聚合器對每個圖塊的權重。注意力展開：每個圖塊經聚合器所有注意力層流入類別標記的程度。', 'MIL 注意力：聚合器对每个图块的权重。注意力展开：每个图块经聚合器所有注意力层流入类别标记的程度。'),
    'Slide map':
        ('切片圖', '切片图'),
    'Side by side…':
        ('並排…', '并排…'),
    'Show this map beside the same result explained by another method':
        ('將此圖與以另一方法解釋的同一結果並排顯示', '将此图与用另一方法解释的同一结果并排显示'),
    'The answer was interrupted: OncoView ended while it was streaming.':
        ('回答被中斷：OncoView 在串流途中結束。', '回答被中断：OncoView 在流式传输途中结束。'),
    'The server sent %1; the answer was stopped there.':
        ('伺服器送出了%1；回答已在該處停止。', '服务器发送了%1；回答已在该处停止。'),
    'more than %1 MB':
        ('超過 %1 MB 的資料', '超过 %1 MB 的数据'),
    'a line longer than %1 MB':
        ('長於 %1 MB 的一行', '长于 %1 MB 的一行'),
    'an event longer than %1 MB':
        ('長於 %1 MB 的事件', '长于 %1 MB 的事件'),
    'no OpenGL context can be created':
        ('無法建立 OpenGL 環境', '无法创建 OpenGL 上下文'),
    'an OpenGL context cannot be made current':
        ('OpenGL 環境無法啟用', 'OpenGL 上下文无法激活'),
    'OpenGL %1.%2 is too old (3.2 is needed)':
        ('OpenGL %1.%2 版本過舊（需要 3.2）', 'OpenGL %1.%2 版本过旧（需要 3.2）'),
    'The MRI views need OpenGL 3.2, and this display (Qt platform “%1”) has none: %2. Run OncoView in a desktop session with a graphics driver (Mesa works), or under “xvfb-run” on a server; check with “glxinfo -B”. Slides, annotations, the chat, MRI analysis and the command line work without it.':
        ('MRI 檢視需要 OpenGL 3.2，而此顯示（Qt 平台「%1」）沒有：%2。請在有顯示卡驅動程式（Mesa 亦可）的桌面工作階段中執行 OncoView，或在伺服器上以「xvfb-run」執行；可用「glxinfo -B」檢查。切片、標註、對話、MRI 分析及命令列毋須 OpenGL 亦可使用。', 'MRI 视图需要 OpenGL 3.2，而此显示（Qt 平台“%1”）没有：%2。请在有显卡驱动（Mesa 亦可）的桌面会话中运行 OncoView，或在服务器上用“xvfb-run”运行；可用“glxinfo -B”检查。切片、标注、对话、MRI 分析和命令行无需 OpenGL 也可使用。'),
    'An older annotation recovery that was never restored or discarded was kept as %1.':
        ('一份從未復原或捨棄的較舊標註復原檔已保留為 %1。', '一份从未恢复或丢弃的较旧标注恢复文件已保留为 %1。'),
    '[image not shown: %1]':
        ('[未顯示圖片：%1]', '[未显示图片：%1]'),
    'this Qt platform cannot show OpenGL widgets':
        ('此 Qt 平台無法顯示 OpenGL 元件', '此 Qt 平台无法显示 OpenGL 组件'),
    'The server at %1 sent no answer text for %2 s; the request was stopped. The server may be overloaded or the model still loading.': ('%1 的伺服器在 %2 秒內沒有傳回任何回答文字，請求已停止。伺服器可能過載，或模型仍在載入。', '%1 的服务器在 %2 秒内没有返回任何回答文字，请求已停止。服务器可能过载，或模型仍在加载。'),
    'The answer from %1 was still streaming after %2 min; it was stopped there. What arrived is kept.': ('%1 的回答在 %2 分鐘後仍在串流，已在該處停止。已收到的內容會保留。', '%1 的回答在 %2 分钟后仍在流式传输，已在该处停止。已收到的内容会保留。'),
    'Not reopened, no longer there: %1': ('未重新開啟，已不存在：%1', '未重新打开，已不存在：%1'),
    'Restore session': ('還原工作階段', '恢复会话'),
    'Reopen': ('重新開啟', '重新打开'),
    'Crash report…': ('當機報告…', '崩溃报告…'),
    'Dismiss': ('關閉', '关闭'),
    'the study %1': ('檢查 %1', '检查 %1'),
    'the slide %1': ('切片 %1', '切片 %1'),
    'OncoView did not close normally last time (%1).': ('OncoView 上次未有正常關閉（%1）。', 'OncoView 上次未正常关闭（%1）。'),
    'OncoView crashed last time (%1); a report was saved without patient data.': ('OncoView 上次當機（%1）；已儲存一份不含病人資料的報告。', 'OncoView 上次崩溃（%1）；已保存一份不含患者数据的报告。'),
    'Reopen %1?': ('重新開啟%1？', '重新打开%1？'),
    ' and ': ('及', '和'),
    'Opens again what was open when OncoView ended; unsaved annotations are then offered from their recovery files': ('重新開啟 OncoView 結束時已開啟的內容；未儲存的標註其後會從其復原檔案提供還原', '重新打开 OncoView 结束时已打开的内容；未保存的标注随后会从其恢复文件提供恢复'),
    'Crash report': ('當機報告', '崩溃报告'),
    "Saved in %1. It names the signal, the versions, your last actions and the program's stack; no patient data and no file paths. Attach it to a bug report.": ('已儲存於 %1。報告列出訊號、版本、你最近的操作及程式堆疊；不含病人資料，亦不含檔案路徑。請將其附加到錯誤報告。', '已保存于 %1。报告列出信号、版本、你最近的操作及程序堆栈；不含患者数据，也不含文件路径。请将其附加到错误报告。'),
    'The analysis resumed where an earlier run stopped: %1 of %2 patches were encoded then; the rest at %3 patches/s.': ('分析從先前中斷之處繼續：當時已編碼 %2 個影像塊中的 %1 個；其餘以每秒 %3 個的速度編碼。', '分析从先前中断处继续：当时已编码 %2 个图像块中的 %1 个；其余以每秒 %3 个的速度编码。'),
    ' (resumed from an earlier run)': ('（從先前的執行繼續）', '（从先前的运行继续）'),
    '&Workspace': ('工作區(&W)', '工作区(&W)'),
    '&Automatic: What Is Open': ('自動：按已開啟的內容(&A)', '自动：按已打开的内容(&A)'),
    '&Radiology: MRI Only': ('放射科：只顯示 MRI(&R)', '放射科：仅显示 MRI(&R)'),
    '&Pathology: Slide Only': ('病理科：只顯示切片(&P)', '病理科：仅显示切片(&P)'),
    '&Case: MRI and Slide Side by Side': ('病例：MRI 與切片並排(&C)', '病例：MRI 与切片并排(&C)'),
    'Not opened (one study and one slide at a time, or no longer there): %1': ('未開啟（每次只開一個檢查及一張切片，或檔案已不存在）：%1', '未打开（每次只打开一个检查和一张切片，或文件已不存在）：%1'),
    'Annotations need their slide: open the slide, then drop %1 again.': ('標註需要其切片：請先開啟切片，再拖放 %1。', '标注需要其切片：请先打开切片，再拖放 %1。'),
    'Some dropped files were not opened': ('部分拖放的檔案未有開啟', '部分拖放的文件未打开'),
    'Research workstation for breast MRI and whole-slide pathology with AI assistance.': ('用於乳房 MRI 及全切片病理影像、附 AI 輔助的研究工作站。', '用于乳腺 MRI 和全切片病理影像、带 AI 辅助的研究工作站。'),
    'No model package is in use.': ('目前沒有使用任何模型套件。', '当前未使用任何模型包。'),
    'validated clinical model': ('經驗證的臨床模型', '经验证的临床模型'),
    'not a validated clinical model': ('並非經驗證的臨床模型', '并非经验证的临床模型'),
    'model file sha256': ('模型檔案 sha256', '模型文件 sha256'),
    '(not listed)': ('（未列出）', '（未列出）'),
    "AI output is labelled with its model's validation status. Demonstration models are trained on synthetic data and are not for diagnosis. No output of OncoView is a diagnosis.": ('AI 輸出均標示其模型的驗證狀態。示範模型以合成資料訓練，不可用於診斷。OncoView 的任何輸出均不構成診斷。', 'AI 输出均标明其模型的验证状态。演示模型以合成数据训练，不可用于诊断。OncoView 的任何输出均不构成诊断。'),
    'MRI slice views (as in ITK-SNAP)': ('MRI 切面視圖（與 ITK-SNAP 相同）', 'MRI 切面视图（与 ITK-SNAP 相同）'),
    'Left drag': ('左鍵拖曳', '左键拖动'),
    'Window and level': ('窗寬及窗位', '窗宽和窗位'),
    'Right drag': ('右鍵拖曳', '右键拖动'),
    'Zoom': ('縮放', '缩放'),
    'Middle drag': ('中鍵拖曳', '中键拖动'),
    'Pan': ('平移', '平移'),
    'Wheel, Up/Down': ('滾輪、上／下鍵', '滚轮、上／下键'),
    'Next or previous slice': ('下一層或上一層切面', '下一层或上一层切面'),
    'Page Up/Page Down': ('Page Up／Page Down', 'Page Up／Page Down'),
    'Five slices': ('移動五層', '移动五层'),
    'Crosshair mode: left click places the linked cursor': ('十字線模式：左鍵點擊放置連動游標', '十字线模式：左键单击放置联动光标'),
    'Automatic window': ('自動窗寬窗位', '自动窗宽窗位'),
    'Reset the view': ('重設視圖', '重置视图'),
    'Distance tool': ('距離工具', '距离工具'),
    'Ellipse tool (mean, sd, area)': ('橢圓工具（平均值、標準差、面積）', '椭圆工具（平均值、标准差、面积）'),
    'Esc': ('Esc', 'Esc'),
    'Cancel the measurement being drawn, or leave the tool': ('取消正在繪畫的量度，或離開工具', '取消正在绘制的测量，或退出工具'),
    'Remove the measurement under the mouse': ('移除滑鼠下的量度', '移除鼠标下的测量'),
    '3D view': ('3D 視圖', '3D 视图'),
    'Rotate': ('旋轉', '旋转'),
    'Right drag, wheel': ('右鍵拖曳、滾輪', '右键拖动、滚轮'),
    'Next rendering preset': ('下一個渲染預設', '下一个渲染预设'),
    'Breast DCE layout': ('乳房 DCE 版面', '乳腺 DCE 布局'),
    'Click': ('點擊', '单击'),
    'Time–intensity curve at the point': ('該點的時間–強度曲線', '该点的时间–强度曲线'),
    'Go to the strongest enhancement': ('前往最強增強處', '前往最强增强处'),
    'Slides (as in QuPath)': ('切片（與 QuPath 相同）', '切片（与 QuPath 相同）'),
    'Wheel': ('滾輪', '滚轮'),
    'Zoom to the cursor': ('向游標位置縮放', '向光标位置缩放'),
    'Drag, Space+drag': ('拖曳、Space+拖曳', '拖动、Space+拖动'),
    'Zoom in or out': ('放大或縮小', '放大或缩小'),
    'Home': ('Home', 'Home'),
    'Fit the slide': ('整張切片置入視窗', '整张切片适应窗口'),
    '1×, 2×, 5×, 10×, 20×, 40×': ('1×、2×、5×、10×、20×、40×', '1×、2×、5×、10×、20×、40×'),
    'Slide annotations (as in QuPath)': ('切片標註（與 QuPath 相同）', '切片标注（与 QuPath 相同）'),
    'Select and move': ('選取及移動', '选择和移动'),
    'Rectangle (Shift: square)': ('矩形（Shift：正方形）', '矩形（Shift：正方形）'),
    'Ellipse (Shift: circle)': ('橢圓（Shift：圓形）', '椭圆（Shift：圆形）'),
    'Polygon (double-click or Enter closes)': ('多邊形（按兩下或 Enter 閉合）', '多边形（双击或 Enter 闭合）'),
    'Lock or unlock': ('鎖定或解鎖', '锁定或解锁'),
    'Cancel or deselect': ('取消或取消選取', '取消或取消选择'),
    'Delete the selection': ('刪除所選項目', '删除所选项'),
    'Menu commands': ('選單指令', '菜单命令'),
    'Nothing matches.': ('沒有相符的項目。', '没有匹配的项。'),
    '&Keyboard and Mouse…': ('鍵盤及滑鼠(&K)…', '键盘和鼠标(&K)…'),
    'Breast MRI model': ('乳房 MRI 模型', '乳腺 MRI 模型'),
    'Slide model': ('切片模型', '切片模型'),
    'Keyboard and Mouse': ('鍵盤及滑鼠', '键盘和鼠标'),
    'Filter, e.g. zoom or Ctrl+D': ('篩選，例如 縮放 或 Ctrl+D', '筛选，例如 缩放 或 Ctrl+D'),
    'Filter shortcuts': ('篩選快速鍵', '筛选快捷键'),
    'Keyboard and mouse shortcuts': ('鍵盤及滑鼠快速鍵', '键盘和鼠标快捷键'),
    # Lower layers (ui/i18n/lowerlayertext.cpp)
    'unsupported or corrupt slide file (OpenSlide %1 does not recognise it)': ('不支援或已損毀的切片檔案（OpenSlide %1 無法識別）', '不支持或已损坏的切片文件（OpenSlide %1 无法识别）'),
    'corrupt or unsupported slide: %1': ('已損毀或不支援的切片：%1', '已损坏或不支持的切片：%1'),
    'no such file': ('檔案不存在', '文件不存在'),
    'not a file': ('不是檔案', '不是文件'),
    'permission denied': ('沒有讀取權限', '没有读取权限'),
    'the slide has no readable pyramid level': ('切片沒有可讀取的金字塔層級', '切片没有可读取的金字塔层级'),
    'slide reading stopped after %1 consecutive errors; first error: %2': ('連續 %1 次錯誤後已停止讀取切片；首個錯誤：%2', '连续 %1 次错误后已停止读取切片；第一个错误：%2'),
    'out of memory for a %1 x %2 region': ('記憶體不足，無法讀取 %1 x %2 的區域', '内存不足，无法读取 %1 x %2 的区域'),
    'unsupported geometry type "%1"': ('不支援的幾何類型「%1」', '不支持的几何类型“%1”'),
    'journal belongs to another snapshot: ignored': ('日誌屬於另一個快照：已略過', '日志属于另一个快照：已忽略'),
    'last journal entry was cut off: skipped': ('最後一項日誌記錄不完整：已略過', '最后一条日志记录不完整：已跳过'),
    'MultiLineString split into %1 lines': ('MultiLineString 已拆分為 %1 條線', 'MultiLineString 已拆分为 %1 条线'),
    'GeometryCollection split into %1 annotations': ('GeometryCollection 已拆分為 %1 個標註', 'GeometryCollection 已拆分为 %1 个标注'),
    'the clipboard holds no annotations': ('剪貼簿中沒有標註', '剪贴板中没有标注'),
    'a polygon ring needs at least 3 vertices': ('多邊形的環至少需要 3 個頂點', '多边形的环至少需要 3 个顶点'),
    'a line needs at least 2 vertices': ('線條至少需要 2 個頂點', '线条至少需要 2 个顶点'),
    'cannot open file': ('無法開啟檔案', '无法打开文件'),
    'loading cancelled': ('已取消載入', '已取消加载'),
    'series has no image files': ('序列沒有影像檔案', '序列没有图像文件'),
    'phase has %1 files, expected %2': ('此期相有 %1 個檔案，應有 %2 個', '此期相有 %1 个文件，应有 %2 个'),
    'frames lack Plane Orientation or Pixel Measures': ('影格缺少 Plane Orientation 或 Pixel Measures', '帧缺少 Plane Orientation 或 Pixel Measures'),
    'not a NIfTI file: shorter than a NIfTI header': ('不是 NIfTI 檔案：比 NIfTI 標頭還短', '不是 NIfTI 文件：比 NIfTI 头还短'),
    'not a NIfTI file: header size field is neither 348 nor 540': ('不是 NIfTI 檔案：標頭大小欄位既非 348 亦非 540', '不是 NIfTI 文件：头大小字段既不是 348 也不是 540'),
    'NIfTI vox_offset lies beyond the end of the file': ('NIfTI 的 vox_offset 超出檔案結尾', 'NIfTI 的 vox_offset 超出文件末尾'),
    "missing input '%1'": ('缺少輸入「%1」', '缺少输入“%1”'),
    "input '%1' has shape %2, model expects %3": ('輸入「%1」的形狀為 %2，模型需要 %3', '输入“%1”的形状为 %2，模型需要 %3'),
    'cannot read %1': ('無法讀取 %1', '无法读取 %1'),
    'no manifest.json in %1': ('%1 中沒有 manifest.json', '%1 中没有 manifest.json'),
    '%1 is not a valid JSON object': ('%1 不是有效的 JSON 物件', '%1 不是有效的 JSON 对象'),
    "no model file: 'files' lists no .pt or .pt2 file": ('沒有模型檔案：「files」中未列出 .pt 或 .pt2 檔案', '没有模型文件：“files”中未列出 .pt 或 .pt2 文件'),
    "model file '%1' is not listed in 'files'": ('模型檔案「%1」未列於「files」中', '模型文件“%1”未列在“files”中'),
    'the slide has no levels': ('切片沒有任何層級', '切片没有任何层级'),
    'no tissue was found on the slide (nothing to analyse)': ('切片上找不到組織（沒有可分析的內容）', '切片上未找到组织（没有可分析的内容）'),
    'the slide has no low-resolution level to find tissue on (smallest is %1 × %2 px)': ('切片沒有可用於尋找組織的低解像度層級（最小為 %1 × %2 像素）', '切片没有可用于查找组织的低分辨率层级（最小为 %1 × %2 像素）'),
    'the slide does not say how many micrometres a pixel covers (no microns-per-pixel); the model needs it to take patches at %1 µm/px: enter it to analyse this slide': ('切片沒有註明每個像素覆蓋多少微米（沒有 microns-per-pixel）；模型需要此值才能以 %1 µm/px 擷取影像塊：請輸入此值以分析這張切片', '切片没有注明每个像素覆盖多少微米（没有 microns-per-pixel）；模型需要该值才能以 %1 µm/px 提取图像块：请输入该值以分析这张切片'),
    'cannot open the slide for reading: %1': ('無法開啟切片以讀取：%1', '无法打开切片以读取：%1'),
    'cancelled': ('已取消', '已取消'),
    # Language (ui/i18n/)
    'System Language': ('系統語言', '系统语言'),
    '&Language': ('語言(&L)', '语言(&L)'),
    'OncoView will be shown in %1 from its next start.': ('OncoView 下次啟動時將以%1顯示。', 'OncoView 下次启动时将以%1显示。'),
    'Language': ('語言', '语言'),
    'Restart Now': ('立即重新啟動', '立即重新启动'),
    'Later': ('稍後', '稍后'),
    'Slice %1 / %2': ('層面 %1 / %2', '层面 %1 / %2'),
    'MIP (full)': ('MIP（全層）', 'MIP（全层）'),
    '  MIP %1 mm': ('  MIP %1 毫米', '  MIP %1 毫米'),
    # View images and region export (ui/export, ui/slide/regionexportdialog, viewers/slide/export)
    'The region is empty.': ('區域是空的。', '区域为空。'),
    '%1 × %2 pixels is larger than OncoView exports (at most %3 pixels a side and %4 megapixels): choose a coarser resolution or a smaller region.': ('%1 × %2 像素超出 OncoView 可匯出的大小（每邊最多 %3 像素，且不超過 %4 百萬像素）：請選擇較低的解像度或較小的區域。', '%1 × %2 像素超出 OncoView 可导出的大小（每边最多 %3 像素，且不超过 %4 百万像素）：请选择较低的分辨率或较小的区域。'),
    'Not enough memory for a %1 × %2 image.': ('記憶體不足，無法建立 %1 × %2 的影像。', '内存不足，无法创建 %1 × %2 的图像。'),
    'Reading the slide failed: %1': ('讀取切片失敗：%1', '读取切片失败：%1'),
    'cannot rename %1 to %2': ('無法將 %1 重新命名為 %2', '无法将 %1 重命名为 %2'),
    'Cannot write %1: choose a .tif, .tiff or .png file name.': ('無法寫入 %1：請選擇 .tif、.tiff 或 .png 檔案名稱。', '无法写入 %1：请选择 .tif、.tiff 或 .png 文件名。'),
    'Not enough memory for the image.': ('記憶體不足，無法建立影像。', '内存不足，无法创建图像。'),
    'The view is not on screen.': ('該視圖不在畫面上。', '该视图不在屏幕上。'),
    'The view is too large to render at %1×.': ('視圖太大，無法以 %1× 渲染。', '视图太大，无法以 %1× 渲染。'),
    'The MRI views need OpenGL, which is not available.': ('MRI 視圖需要 OpenGL，但目前無法使用。', 'MRI 视图需要 OpenGL，但当前不可用。'),
    'Save &View Image…': ('儲存視圖影像(&V)…', '保存视图图像(&V)…'),
    'Open a study or a slide first.': ('請先開啟檢查或切片。', '请先打开检查或切片。'),
    'Ctrl+Shift+S': ('Ctrl+Shift+S', 'Ctrl+Shift+S'),
    'The view last clicked, as PNG at screen or twice its resolution': ('最後點選的視圖，以螢幕或兩倍解像度儲存為 PNG', '最后点击的视图，以屏幕或两倍分辨率保存为 PNG'),
    '&Copy View Image': ('複製視圖影像(&C)', '复制视图图像(&C)'),
    '%1 copied as an image': ('已將%1複製為影像', '已将%1复制为图像'),
    'Ctrl+Shift+C': ('Ctrl+Shift+C', 'Ctrl+Shift+C'),
    'Export Slide &Region…': ('匯出切片區域(&R)…', '导出切片区域(&R)…'),
    "The selected annotation's region or the view's, as TIFF or PNG at a chosen µm/px": ('所選標註或視圖的區域，以指定的 µm/px 匯出為 TIFF 或 PNG', '所选标注或视图的区域，以指定的 µm/px 导出为 TIFF 或 PNG'),
    'Region export cancelled': ('已取消匯出區域', '已取消导出区域'),
    'Region written to %1': ('區域已寫入 %1', '区域已写入 %1'),
    'Slide view %1': ('切片視圖 %1', '切片视图 %1'),
    '%1 view': ('%1視圖', '%1视图'),
    '%1 view: %2': ('%1視圖：%2', '%1视图：%2'),
    "The selected &annotation's bounding box": ('所選標註的外框(&A)', '所选标注的外框(&A)'),
    'What the &view shows': ('視圖顯示的範圍(&V)', '视图显示的范围(&V)'),
    'Export Slide Region': ('匯出切片區域', '导出切片区域'),
    '<b>%1</b>': ('<b>%1</b>', '<b>%1</b>'),
    ' µm/px': (' µm/px', ' µm/px'),
    '&Resolution:': ('解像度(&R)：', '分辨率(&R)：'),
    ' × downsample': (' × 縮小倍數', ' × 缩小倍数'),
    '&Downsample:': ('縮小倍數(&D)：', '缩小倍数(&D)：'),
    'Resolution of the exported image': ('匯出影像的解像度', '导出图像的分辨率'),
    'Size:': ('大小：', '大小：'),
    '&Export…': ('匯出(&E)…', '导出(&E)…'),
    '%1 × %2 pixels': ('%1 × %2 像素', '%1 × %2 像素'),
    '(too large: at most %1 pixels a side; choose a coarser resolution)': ('（太大：每邊最多 %1 像素；請選擇較低的解像度）', '（太大：每边最多 %1 像素；请选择较低的分辨率）'),
    'TIFF with pixel size (*.tif *.tiff);;PNG (*.png)': ('附像素大小的 TIFF (*.tif *.tiff);;PNG (*.png)', '带像素尺寸的 TIFF (*.tif *.tiff);;PNG (*.png)'),
    '&Screen resolution': ('螢幕解像度(&S)', '屏幕分辨率(&S)'),
    '&Twice the screen resolution (2×)': ('兩倍螢幕解像度 (2×)(&T)', '两倍屏幕分辨率 (2×)(&T)'),
    '&Overlays: colour layers, annotations, measurements, crosshair and labels': ('疊加層(&O)：彩色圖層、標註、測量、十字線及標籤', '叠加层(&O)：彩色图层、标注、测量、十字线和标签'),
    'Save View Image': ('儲存視圖影像', '保存视图图像'),
    '&Copy': ('複製(&C)', '复制(&C)'),
    '&Save…': ('儲存(&S)…', '保存(&S)…'),
    "The image has the view's pixels on screen": ('影像與視圖在螢幕上的像素相同', '图像与视图在屏幕上的像素相同'),
    'The view is rendered again with twice as many pixels each way': ('視圖以每個方向兩倍的像素重新渲染', '视图以每个方向两倍的像素重新渲染'),
    '%1 × %2 pixels, PNG': ('%1 × %2 像素，PNG', '%1 × %2 像素，PNG'),
    'PNG images (*.png)': ('PNG 影像 (*.png)', 'PNG 图像 (*.png)'),
    # Measurements kept with the study (ui/mri/measurementsidecar, viewers/mri/measurementio)
    'not a JSON object (%1)': ('不是 JSON 物件（%1）', '不是 JSON 对象（%1）'),
    'not an OncoView measurements file': ('不是 OncoView 測量檔案', '不是 OncoView 测量文件'),
    'written by a newer OncoView (version %1)': ('由較新版本的 OncoView 寫入（版本 %1）', '由较新版本的 OncoView 写入（版本 %1）'),
    'more than %1 measurements': ('超過 %1 項測量', '超过 %1 项测量'),
    'measurement %1 is malformed': ('第 %1 項測量格式錯誤', '第 %1 项测量格式错误'),
    'Measurements': ('測量', '测量'),
    'Export &Measurements as CSV…': ('將測量匯出為 CSV(&M)…', '将测量导出为 CSV(&M)…'),
    'No measurements yet: press D (distance) or E (ellipse) in an MRI view.': ('尚未有測量：在 MRI 視圖中按 D（距離）或 E（橢圓）。', '尚无测量：在 MRI 视图中按 D（距离）或 E（椭圆）。'),
    'Export Measurements': ('匯出測量', '导出测量'),
    'CSV tables (*.csv)': ('CSV 表格 (*.csv)', 'CSV 表格 (*.csv)'),
    'Measurements written to %1': ('測量已寫入 %1', '测量已写入 %1'),
    'it is larger than %1 MB': ('檔案大於 %1 MB', '文件大于 %1 MB'),
    'it belongs to another study': ('它屬於另一項檢查', '它属于另一项检查'),
    'The saved measurements of this study could not be read (%1); the file was kept as %2.': ('無法讀取此檢查已儲存的測量（%1）；該檔案已保留為 %2。', '无法读取此检查已保存的测量（%1）；该文件已保留为 %2。'),
    'The measurements could not be saved to %1: %2': ('無法將測量儲存至 %1：%2', '无法将测量保存到 %1：%2'),
    # Audit log (ui/audit)
    'The audit log %1 cannot be written: %2': ('無法寫入審核記錄 %1：%2', '无法写入审计日志 %1：%2'),
    'another OncoView holds it': ('另一個 OncoView 正在使用', '另一个 OncoView 正在使用'),
    'The audit log is missing: it held entries up to number %1.': ('審核記錄不見了：它原有的記項編號至 %1。', '审计日志缺失：它原有的条目编号至 %1。'),
    'line %1 is not an audit entry': ('第 %1 行不是審核記項', '第 %1 行不是审计条目'),
    'entry %1 follows entry %2: entries were removed or inserted': ('記項 %1 緊接記項 %2：有記項被刪除或插入', '条目 %1 紧接条目 %2：有条目被删除或插入'),
    'entry %1 does not chain to the entry before it': ('記項 %1 未能連接前一個記項', '条目 %1 未能链接前一个条目'),
    'entry %1 was changed after it was written': ('記項 %1 在寫入後被更改', '条目 %1 在写入后被更改'),
    'the log ends at entry %1, but entries up to %2 were written': ('記錄止於記項 %1，但曾寫入至記項 %2', '日志止于条目 %1，但曾写入至条目 %2'),
    'Audit Log': ('審核記錄', '审计日志'),
    'Time (UTC)': ('時間 (UTC)', '时间 (UTC)'),
    'User': ('使用者', '用户'),
    'Action': ('操作', '操作'),
    'Outcome': ('結果', '结果'),
    'Detail': ('詳情', '详情'),
    'Model SHA-256': ('模型 SHA-256', '模型 SHA-256'),
    'Endpoint': ('端點', '端点'),
    'Inputs (SHA-256)': ('輸入 (SHA-256)', '输入 (SHA-256)'),
    'Audit log entries': ('審核記錄記項', '审计日志条目'),
    'Filter: any text, e.g. failed, a user or a hash': ('篩選：任何文字，例如 failed、使用者或雜湊值', '筛选：任何文字，例如 failed、用户或哈希值'),
    'Filter the audit log': ('篩選審核記錄', '筛选审计日志'),
    'All actions': ('所有操作', '所有操作'),
    'Analyses': ('分析', '分析'),
    'Exports': ('匯出', '导出'),
    'Chat': ('對話', '对话'),
    'Kind of action': ('操作類別', '操作类别'),
    '&Reload': ('重新載入(&R)', '重新加载(&R)'),
    '&Export CSV…': ('匯出 CSV(&E)…', '导出 CSV(&E)…'),
    'Export audit log': ('匯出審核記錄', '导出审计日志'),
    "<span style='color:#ff8a80'><b>The audit log was altered:</b> %1.</span>": ("<span style='color:#ff8a80'><b>審核記錄曾被改動：</b>%1。</span>", "<span style='color:#ff8a80'><b>审计日志曾被改动：</b>%1。</span>"),
    'Audit &Log…': ('審核記錄(&L)…', '审计日志(&L)…'),
    'Audit log': ('審核記錄', '审计日志'),
    # Accessibility and the keyboard path
    '%1 slice view': ('%1切面視圖', '%1切面视图'),
    'Up and Down (or Page Up and Page Down) move through the slices, Shift and an arrow key moves the cursor, R resets the view. D measures a distance and E an ellipse: Enter marks each end at the cursor.': ('上下鍵（或 Page Up、Page Down）切換層面，Shift 加方向鍵移動游標，R 重設視圖。D 量度距離，E 量度橢圓：按 Enter 在游標處標記每一端。', '上下键（或 Page Up、Page Down）切换层面，Shift 加方向键移动光标，R 重置视图。D 测量距离，E 测量椭圆：按 Enter 在光标处标记每一端。'),
    'R resets the camera and P cycles the rendering presets; drag to rotate.': ('R 重設鏡頭，P 循環切換渲染預設；拖曳以旋轉。', 'R 重置相机，P 循环切换渲染预设；拖动以旋转。'),
    'Post-contrast phase': ('增強後期相', '增强后期相'),
    'Cine speed in frames per second': ('電影播放速度（每秒影格數）', '电影播放速度（每秒帧数）'),
    'Slide view': ('切片視圖', '切片视图'),
    'Arrow keys pan, + and - zoom, 1 to 6 choose a magnification (1×, 2×, 5×, 10×, 20×, 40×), Home fits the slide to the view.': ('方向鍵平移，+ 和 - 縮放，1 至 6 選擇放大倍率（1×、2×、5×、10×、20×、40×），Home 令切片符合視圖。', '方向键平移，+ 和 - 缩放，1 至 6 选择放大倍率（1×、2×、5×、10×、20×、40×），Home 使切片适合视图。'),
    'Shift+Arrows': ('Shift+方向鍵', 'Shift+方向键'),
    'Move the linked cursor one voxel in the slice': ('在層面內將連動游標移動一個體素', '在层面内将联动光标移动一个体素'),
    'Enter': ('Enter', 'Enter'),
    'In the distance or ellipse tool: mark an end at the cursor': ('在距離或橢圓工具中：在游標處標記一端', '在距离或椭圆工具中：在光标处标记一端'),
    'Annotations of the slide': ('切片的標註', '切片的标注'),
    'Annotation classes: shown, hidden and counts': ('標註類別：顯示、隱藏及數量', '标注类别：显示、隐藏和数量'),
    'Brush diameter': ('筆刷直徑', '笔刷直径'),
    'Conversation with MedDr': ('與 MedDr 的對話', '与 MedDr 的对话'),
    'Question for MedDr (Enter sends)': ('向 MedDr 提問（Enter 傳送）', '向 MedDr 提问（Enter 发送）'),
    'AI results and their explanations': ('人工智能結果及其解釋', '人工智能结果及其解释'),
    'Inference jobs': ('推理工作', '推理任务'),
    'Series of the study (the arrow keys show each)': ('檢查的序列（方向鍵逐一顯示）', '检查的序列（方向键逐一显示）'),
    'Patches with the most attention': ('注意力最高的影像塊', '注意力最高的图像块'),
    'Slide properties': ('切片屬性', '切片属性'),
}
# Plural forms: Chinese has one form.
PLURALS = {
    "<span style='color:#8fd18f'>The chain of %n entry(s) is intact: none was changed, inserted or removed.</span>": ("<span style='color:#8fd18f'>%n 個記項的鏈完整：沒有記項被更改、插入或刪除。</span>", "<span style='color:#8fd18f'>%n 个条目的链完整：没有条目被更改、插入或删除。</span>"),
    '%n file(s) could not be read; see the Series panel': ('%n 個檔案無法讀取；請查看序列面板', '%n 个文件无法读取；请查看序列面板'),
    ', %n phase(s)': ('，%n 期', '，%n 期'),
    '%n warning(s)': ('%n 個警告', '%n 个警告'),
    '%n file(s) skipped': ('已略過 %n 個檔案', '已跳过 %n 个文件'),
    '%n selected · Area %1 %2 · Perimeter %3 %4': ('已選取 %n 個 · 面積 %1 %2 · 周長 %3 %4', '已选择 %n 个 · 面积 %1 %2 · 周长 %3 %4'),
    'The last session of this slide ended without saving. Recover its %n annotation(s), last edited %1?':
        ('此切片上次的工作階段未儲存便已結束。要復原其 %n 個標註（最後編輯於 %1）嗎？',
         '此切片上次的会话未保存便已结束。要恢复其 %n 个标注（最后编辑于 %1）吗？'),
    'Imported %n annotation(s) from %1': ('已從 %1 匯入 %n 個標註', '已从 %1 导入 %n 个标注'),
    'Exported %n annotation(s) to %1': ('已將 %n 個標註匯出至 %1', '已将 %n 个标注导出到 %1'),
    '%n tissue patch(es) at %1 µm/px were read and weighed by attention.':
        ('已以 %1 µm/px 讀取 %n 個組織影像塊，並按注意力加權。', '已以 %1 µm/px 读取 %n 个组织图像块，并按注意力加权。'),
    '%1 (%n volume(s))': ('%1（%n 個容積）', '%1（%n 个容积）'),
    '%n check(s) flagged: %1': ('%n 項檢查被標示：%1', '%n 项检查被标示：%1'),
}


def fill(path: Path, column: int) -> int:
    tree = ET.parse(path)
    missing = 0
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source in PLURALS:
            translation.attrib.pop('type', None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, 'numerusform').text = PLURALS[source][column]
        elif source in GLOSSARY:
            translation.attrib.pop('type', None)
            for child in list(translation):  # a message that was a plural before
                translation.remove(child)
            translation.text = GLOSSARY[source][column]
        else:
            missing += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


if __name__ == '__main__':
    here = Path(__file__).resolve().parent.parent
    missing = fill(here / 'oncoview_zh_HK.ts', 0) + fill(here / 'oncoview_zh_CN.ts', 1)
    print(f'{missing} messages left for a translator')
    sys.exit(0)
