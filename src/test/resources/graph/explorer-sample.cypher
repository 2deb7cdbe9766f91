// A small graph in the shape GraphWriter writes (README, Graph model), with sentences of the March 2017 gazette.
CREATE (d32:Document {key: '郑政办〔2017〕32号', docNo: '郑政办〔2017〕32号',
          title: '郑州市人民政府办公厅关于印发郑州市2017年跨境电商综试区建设实施方案的通知',
          issuer: '郑州市人民政府办公厅', issuedOn: '2017-03-13', sourceFile: '2017-zhengzhou-gazette-march.txt',
          firstLine: 3299, lastLine: 3400})
CREATE (d35:Document {key: '郑政办〔2017〕35号', docNo: '郑政办〔2017〕35号', title: '郑州市2017年服务业发展工作方案',
          issuer: '郑州市人民政府办公厅', issuedOn: '2017-03-23', sourceFile: '2017-zhengzhou-gazette-march.txt',
          firstLine: 3789, lastLine: 3900})
CREATE (cited:ExternalDocument {key: '豫政〔2016〕28号', docNo: '豫政〔2016〕28号',
          title: '河南省人民政府关于印发中国（郑州）跨境电子商务综合试验区建设实施方案的通知'})
CREATE (d35)-[:CITES]->(cited)
CREATE (s3:Section {id: '郑政办〔2017〕32号/3', docKey: '郑政办〔2017〕32号', path: '3', number: '三、',
          heading: '重点工作', level: 1, line: 3315})-[:PART_OF]->(d32)
CREATE (s31:Section {id: '郑政办〔2017〕32号/3/1', docKey: '郑政办〔2017〕32号', path: '3/1', number: '（一）',
          heading: '推进跨境电子商务产业快速发展', level: 2, line: 3317})-[:PART_OF]->(s3)
CREATE (rail:Task {id: '郑政办〔2017〕32号/3/1#10', docKey: '郑政办〔2017〕32号', docNo: '郑政办〔2017〕32号',
          sectionPath: '3/1', sectionHeading: '重点工作 > 推进跨境电子商务产业快速发展',
          text: '依托郑州铁路一类口岸，探索“中欧班列(郑州)+跨境电商”模式，支持中欧班列(郑州)带运国际邮件。',
          sourceFile: '2017-zhengzhou-gazette-march.txt', line: 3357})-[:PART_OF]->(s31)
CREATE (stats:Task {id: '郑政办〔2017〕32号/3/1#11', docKey: '郑政办〔2017〕32号', docNo: '郑政办〔2017〕32号',
          sectionPath: '3/1', sectionHeading: '重点工作 > 推进跨境电子商务产业快速发展',
          text: '开展跨境电子商务统计试点，探索建立跨境电子商务统计制度，逐步形成跨境电子商务综合指数体系并定期发布。',
          sourceFile: '2017-zhengzhou-gazette-march.txt', line: 3361})-[:PART_OF]->(s31)
CREATE (ecommerce:Task {id: '郑政办〔2017〕35号#1', docKey: '郑政办〔2017〕35号', docNo: '郑政办〔2017〕35号',
          sectionPath: '', sectionHeading: '',
          text: '加快电子商务建设。2017年,培育市级电子商务示范企业60家,示范基地15家,电子商务交易额增长20%以上。',
          sourceFile: '2017-zhengzhou-gazette-march.txt', line: 3831})-[:PART_OF]->(d35)
CREATE (port:Department {name: '市口岸办', fullName: '郑州市人民政府口岸办公室', nameEn: 'Zhengzhou Port Office',
          level: 'city', kind: 'office', aliases: ['口岸办'], aliasesText: '口岸办', inDictionary: true})
CREATE (zone:Department {name: '郑州经济开发区管委会', fullName: '郑州经济技术开发区管理委员会', aliases: ['经开区管委会'],
          aliasesText: '经开区管委会', inDictionary: true})
CREATE (commerce:Department {name: '市商务局', fullName: '郑州市商务局', nameEn: 'Zhengzhou Bureau of Commerce',
          aliases: ['商务局'], aliasesText: '商务局', inDictionary: true})
CREATE (statistics:Department {name: '市统计局', fullName: '郑州市统计局', aliases: ['统计局'], aliasesText: '统计局',
          inDictionary: true})
CREATE (lonely:Department {name: '郑州国际陆港公司', aliases: [], inDictionary: false})
CREATE (port)-[:LEADS {basis: 'first-listed', quote: '（市口岸办、郑州经济开发区管委会、郑州国际陆港公司）',
          docKey: '郑政办〔2017〕32号'}]->(rail)
CREATE (zone)-[:SUPPORTS {quote: '（市口岸办、郑州经济开发区管委会、郑州国际陆港公司）', docKey: '郑政办〔2017〕32号'}]->(rail)
CREATE (lonely)-[:SUPPORTS {quote: '（市口岸办、郑州经济开发区管委会、郑州国际陆港公司）', docKey: '郑政办〔2017〕32号'}]->(rail)
CREATE (commerce)-[:LEADS {basis: 'first-listed', quote: '（市商务局、市统计局）', docKey: '郑政办〔2017〕32号'}]->(stats)
CREATE (statistics)-[:SUPPORTS {quote: '（市商务局、市统计局）', docKey: '郑政办〔2017〕32号'}]->(stats)
CREATE (commerce)-[:LEADS {basis: 'explicit', quote: '市商务局牵头', docKey: '郑政办〔2017〕35号'}]->(ecommerce)
CREATE (stats)-[:DUE_BY {text: '2017年底前'}]->(:Deadline {key: '2017-12-31/month', date: '2017-12-31', precision: 'month'})
CREATE (ecommerce)-[:DUE_BY {text: '2017年6月底前'}]->(:Deadline {key: '2017-06-30/month', date: '2017-06-30', precision: 'month'})
CREATE (ecommerce)-[:SETS]->(g1:Target {id: '郑政办〔2017〕35号#1/t1', docKey: '郑政办〔2017〕35号', metric: '电子商务交易额增长',
          metricKey: 'ecommerce-volume-growth', value: 20.0, unit: '%', year: 2017, comparator: '以上',
          text: '电子商务交易额增长20%以上'})
CREATE (stats)-[:SETS]->(g2:Target {id: '郑政办〔2017〕32号/3/1#11/t1', docKey: '郑政办〔2017〕32号', metric: '电子商务交易额增长',
          metricKey: 'ecommerce-volume-growth', value: 20.0, unit: '%', year: 2017, comparator: '以上',
          text: '电子商务交易额增长20%以上'})
CREATE (g1)-[:SAME_TARGET {agree: true}]->(g2)
CREATE (p:Project {name: '中欧班列(郑州)+跨境电商'})<-[:MENTIONS]-(rail)
